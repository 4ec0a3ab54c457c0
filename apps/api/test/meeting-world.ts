// Test support for the meetings specs (not part of the application): a small world of fresh
// agencies and users per spec, signed in through the real token endpoint.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MeetingDto } from '@cumbre/contracts';
import {
  bearer,
  createTestAgency,
  createTestUser,
  signInWithToken,
  TestUser,
  TestUserOptions,
} from './identity-fixtures';
import { testNow } from './test-clock';
import { TestAppHandle, useTestWorld } from './test-app';

export type Headers = Record<string, string>;

export const PERSONAS = [
  'admin',
  'convener',
  'hostLeader',
  'hostStaff',
  'invitedLeader',
  'invitedStaff',
  'invitedAnalyst',
  'otherLeader',
  'otherStaff',
  'outsider',
] as const;
export type Persona = (typeof PERSONAS)[number];

export interface MeetingWorld {
  app: NestFastifyApplication;
  /** `host` hosts the meetings; `invited` and `other` get invited; `uninvited` never is. */
  agencies: { host: string; invited: string; other: string; uninvited: string };
  users: Record<Persona, TestUser>;
  headers: Record<Persona | 'anonymous', Headers>;
}

/**
 * Host agency: convener (staff), hostLeader, hostStaff. Invited agency: leader, staff, analyst.
 * Other agency: leader and staff. Uninvited agency: outsider (its leader). Plus an admin.
 */
export async function createMeetingWorld(app: NestFastifyApplication): Promise<MeetingWorld> {
  const agencies = {
    host: await createTestAgency(app),
    invited: await createTestAgency(app),
    other: await createTestAgency(app),
    uninvited: await createTestAgency(app),
  };
  const member = (agencyId: string, role: 'leader' | 'staff' | 'analyst', name: string): TestUserOptions => ({
    memberships: [{ agencyId, role }],
    displayName: name,
  });
  const specs: Record<Persona, TestUserOptions> = {
    admin: { platformRoles: ['admin'], displayName: 'Admin Prueba' },
    convener: member(agencies.host, 'staff', 'Convocante Prueba'),
    hostLeader: member(agencies.host, 'leader', 'Líder Sede'),
    hostStaff: member(agencies.host, 'staff', 'Personal Sede'),
    invitedLeader: member(agencies.invited, 'leader', 'Líder Invitada'),
    invitedStaff: member(agencies.invited, 'staff', 'Personal Invitada'),
    invitedAnalyst: member(agencies.invited, 'analyst', 'Analista Invitada'),
    otherLeader: member(agencies.other, 'leader', 'Líder Otra'),
    otherStaff: member(agencies.other, 'staff', 'Personal Otra'),
    outsider: member(agencies.uninvited, 'leader', 'Ajena Prueba'),
  };
  const users = {} as Record<Persona, TestUser>;
  const headers = { anonymous: {} } as Record<Persona | 'anonymous', Headers>;
  for (const p of PERSONAS) {
    users[p] = await createTestUser(app, specs[p]);
    headers[p] = bearer((await signInWithToken(app, users[p])).accessToken);
  }
  return { app, agencies, users, headers };
}

/**
 * A fresh test app and meeting world for a describe block (`useTestApp` plus `createMeetingWorld`
 * in `beforeAll`); the getters answer once the hooks have run.
 */
export function useMeetingWorld(overrides: Record<string, string> = {}): MeetingWorld & TestAppHandle {
  return useTestWorld('useMeetingWorld', createMeetingWorld, ['agencies', 'users', 'headers'], overrides);
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export function call(world: MeetingWorld, who: Persona | 'anonymous', method: Method, url: string, payload?: object) {
  return world.app.inject({ method, url, headers: world.headers[who], ...(payload !== undefined ? { payload } : {}) });
}

let nextDay = 400 + Math.floor(Math.random() * 1000);

/**
 * A future day, at least a year ahead and different on every call, so that meetings a spec makes
 * never clash by accident (specs never clash with each other: each has its own agencies).
 */
export function futureDay(): string {
  const d = new Date(testNow().getTime() + nextDay++ * 86400_000);
  return d.toISOString().slice(0, 10);
}

/** The calendar day `days` after `day` (both YYYY-MM-DD). */
export const dayAfter = (day: string, days = 1) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

/** Noon in Lima on `day`. */
export const limaNoon = (day: string) => new Date(`${day}T12:00:00-05:00`);

/** "2027-03-04T09:00:00-05:00" */
export const limaTime = (day: string, hhmm: string) => `${day}T${hhmm}:00-05:00`;

export interface NewMeeting {
  title?: string;
  day?: string;
  from?: string;
  to?: string;
  visibility?: 'internal' | 'public';
  by?: Persona;
  extra?: Record<string, unknown>;
}

/** Creates a meeting hosted by the world's host agency (a draft with a time). */
export async function createMeeting(world: MeetingWorld, opts: NewMeeting = {}): Promise<MeetingDto> {
  const day = opts.day ?? futureDay();
  const res = await call(world, opts.by ?? 'convener', 'POST', '/api/meetings', {
    title: opts.title ?? `Reunión de prueba ${Math.random().toString(36).slice(2, 8)}`,
    hostAgencyId: world.agencies.host,
    startsAt: limaTime(day, opts.from ?? '09:00'),
    endsAt: limaTime(day, opts.to ?? '11:00'),
    visibility: opts.visibility ?? 'internal',
    venue: { name: 'Sala de prueba', address: 'Av. Prueba 123', city: 'Piura' },
    ...opts.extra,
  });
  if (res.statusCode !== 201) throw new Error(`create meeting failed: ${res.statusCode} ${res.body}`);
  return res.json() as MeetingDto;
}

/** Invites the world's `invited` and `other` agencies (or those given), as the convener. */
export async function invite(
  world: MeetingWorld,
  meetingId: string,
  agencyIds = [world.agencies.invited, world.agencies.other],
): Promise<MeetingDto> {
  const res = await call(world, 'convener', 'POST', `/api/meetings/${meetingId}/invitations`, { agencyIds });
  if (res.statusCode !== 200) throw new Error(`invite failed: ${res.statusCode} ${res.body}`);
  return res.json() as MeetingDto;
}

/**
 * The world's invited agency accepts the invitation, answered by `by` (its leader or staff), naming
 * `delegateUserIds` when given. Returns the meeting as it then stands.
 */
export async function accept(
  world: MeetingWorld,
  meetingId: string,
  by: Persona,
  delegateUserIds?: string[],
): Promise<MeetingDto> {
  const res = await call(world, by, 'POST', `/api/meetings/${meetingId}/rsvp`, {
    agencyId: world.agencies.invited,
    rsvp: 'accepted',
    ...(delegateUserIds ? { delegateUserIds } : {}),
  });
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.statusCode} ${res.body}`);
  return res.json() as MeetingDto;
}

export async function schedule(
  world: MeetingWorld,
  m: MeetingDto,
  extra: Record<string, unknown> = {},
): Promise<MeetingDto> {
  const res = await call(world, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
    status: 'scheduled',
    version: m.version,
    ...extra,
  });
  if (res.statusCode !== 200) throw new Error(`schedule failed: ${res.statusCode} ${res.body}`);
  return res.json() as MeetingDto;
}
