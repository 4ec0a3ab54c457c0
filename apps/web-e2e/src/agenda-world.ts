// The meeting the agenda journeys draft, publish and minute: one the journeys convene themselves
// ahead of E2E_NOW, so that they run on any clock (the demo summit's agenda closes once the
// summit has ended). It is set up through the API as its people would: the President of the
// Council of Ministers convenes it at the PCM, ten days after E2E_NOW from 09:00 to 17:00 in
// Lima, invites the demo summit's agencies, schedules it and gives it the summit's agenda as
// version 1; La Libertad accepts and names its staff member as delegate (a secretary to be).
import { request, type APIRequestContext } from '@playwright/test';
import type {
  AgendaDto,
  AgencySummary,
  CreateAgendaItemRequest,
  CreateMeetingRequest,
  MeDto,
  MeetingDto,
  MeetingSummaryDto,
  Page,
  TokenPairDto,
} from '@cumbre/contracts';
import { daysAfter, E2E_NOW, limaDate } from './e2e-clock';
import {
  DEMO_PASSWORD,
  DEMO_SUMMIT_TITLE,
  LA_LIBERTAD_STAFF,
  PCM_LEADER,
  PCM_STAFF,
  type DemoAccount,
} from './support';

/** The meeting's convener, at the PCM, its host. */
export const CONVENER = PCM_LEADER;
/** Staff of the host agency: edits the agenda beside the convener. */
export const HOST_STAFF = PCM_STAFF;
/** Staff of an invited agency (GR La Libertad), its delegate to the meeting. */
export const INVITED_STAFF = LA_LIBERTAD_STAFF;

export interface AgendaMeeting {
  id: string;
  title: string;
  /** Its Lima calendar day, "2026-12-07". */
  day: string;
}

/** Convenes the journeys' meeting (see the top of this file) and returns where to find it. */
export async function conveneAgendaMeeting(baseURL: string, title: string): Promise<AgendaMeeting> {
  const convener = await apiAs(baseURL, CONVENER);
  const invited = await apiAs(baseURL, INVITED_STAFF);
  try {
    const summit = await demoSummit(convener);
    const pcm = (await call<MeDto>(convener, 'GET', '/api/auth/me')).memberships.find(
      (m) => m.agency.shortName === 'PCM',
    )?.agency;
    if (!pcm) throw new Error(`${CONVENER.email} is not a member of the PCM`);
    const day = daysAfter(limaDate(E2E_NOW), 10);
    const body: CreateMeetingRequest = {
      title,
      description: summit.description,
      hostAgencyId: pcm.id,
      startsAt: `${day}T09:00:00-05:00`,
      endsAt: `${day}T17:00:00-05:00`,
      timeZone: 'America/Lima',
      venue: summit.venue,
      visibility: 'internal',
      confirmConflicts: true,
    };
    let meeting = await call<MeetingDto>(convener, 'POST', '/api/meetings', body);
    // The summit's host (Piura, invited to its own summit too) and its guests, but the PCM.
    const agencies = [
      ...new Map([summit.hostAgency, ...summit.invitations.map((i) => i.agency)].map((a) => [a.id, a])).values(),
    ].filter((a) => a.id !== pcm.id);
    meeting = await call<MeetingDto>(convener, 'POST', `/api/meetings/${meeting.id}/invitations`, {
      agencyIds: agencies.map((a) => a.id),
    });
    await call(convener, 'POST', `/api/meetings/${meeting.id}/status`, {
      status: 'scheduled',
      version: meeting.version,
      confirmConflicts: true,
    });
    await nameSelfDelegate(invited, meeting.id, agencies);
    await copyAgenda(convener, summit.id, meeting.id);
    return { id: meeting.id, title, day };
  } finally {
    await convener.dispose();
    await invited.dispose();
  }
}

async function demoSummit(api: APIRequestContext): Promise<MeetingDto> {
  const list = await call<Page<MeetingSummaryDto>>(
    api,
    'GET',
    '/api/meetings?scope=all&from=2026-12-05T00:00:00-05:00&to=2026-12-06T00:00:00-05:00&limit=100',
  );
  const found = list.items.find((m) => m.title === DEMO_SUMMIT_TITLE);
  if (!found) throw new Error(`the demo summit «${DEMO_SUMMIT_TITLE}» is not in the demo data`);
  return call<MeetingDto>(api, 'GET', `/api/meetings/${found.id}`);
}

/** The invited agency of the caller accepts and names the caller as its delegate. */
async function nameSelfDelegate(api: APIRequestContext, meetingId: string, agencies: AgencySummary[]): Promise<void> {
  const me = await call<MeDto>(api, 'GET', '/api/auth/me');
  const agency = agencies.find((a) => me.memberships.some((m) => m.agency.id === a.id));
  if (!agency) throw new Error(`${me.email} belongs to none of the invited agencies`);
  await call(api, 'POST', `/api/meetings/${meetingId}/rsvp`, {
    agencyId: agency.id,
    rsvp: 'accepted',
    delegateUserIds: [me.id],
  });
}

/** The summit's accepted items, in order (sections before their items), then version 1 published. */
async function copyAgenda(api: APIRequestContext, fromMeetingId: string, toMeetingId: string): Promise<void> {
  const source = await call<AgendaDto>(api, 'GET', `/api/meetings/${fromMeetingId}/agenda`);
  const copies = new Map<string, string>();
  let agenda: AgendaDto | undefined;
  for (const item of source.items) {
    const body: CreateAgendaItemRequest = {
      kind: item.kind,
      title: item.title,
      description: item.description,
      parentId: item.parentId ? copies.get(item.parentId) : null,
      presenterAgencyId: item.presenterAgency?.id ?? null,
      presenterUserId: item.presenter?.id ?? null,
      plannedMinutes: item.plannedMinutes,
    };
    agenda = await call<AgendaDto>(api, 'POST', `/api/meetings/${toMeetingId}/agenda/items`, body);
    const copied = new Set(copies.values());
    const created = agenda.items.find((i) => i.title === item.title && !copied.has(i.id));
    if (!created) throw new Error(`the copy of «${item.title}» is not in the agenda`);
    copies.set(item.id, created.id);
  }
  if (!agenda) throw new Error('the demo summit has no agenda to copy');
  await call(api, 'POST', `/api/meetings/${toMeetingId}/agenda/publish`, { version: agenda.version });
}

/** An API client signed in as `account` with a bearer token (no cookies, so no CSRF header). */
async function apiAs(baseURL: string, account: DemoAccount): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  const tokens = await call<TokenPairDto>(anonymous, 'POST', '/api/auth/token', {
    email: account.email,
    password: DEMO_PASSWORD,
  }).finally(() => anonymous.dispose());
  return request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${tokens.accessToken}` } });
}

async function call<T = unknown>(
  api: APIRequestContext,
  method: 'GET' | 'POST',
  url: string,
  data?: unknown,
): Promise<T> {
  const response = await api.fetch(url, { method, data });
  if (!response.ok()) throw new Error(`${method} ${url} → ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}
