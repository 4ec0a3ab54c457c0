import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type {
  AgencyDirectoryEntry,
  AnnouncementDto,
  CommentSubmittedDto,
  CreateAnnouncementRequest,
  CreateCommentRequest,
  Page,
  PublicAnnouncementDto,
} from '@cumbre/contracts';
import { AuthHeaders, bearerFor, DEMO_ROLES } from './demo-sessions';
import { TestAppHandle, useTestWorld } from './test-app';

export const uniq = () => randomBytes(4).toString('hex');

/** A fresh client address per call (specs pick it with X-Forwarded-For): rate limits stay per test. */
let ipCounter = Math.floor(Math.random() * 200);
export const freshIp = () => `198.51.${(ipCounter = (ipCounter + 1) % 250)}.${1 + Math.floor(Math.random() * 250)}`;
export const freshEmail = () => `lector.${uniq()}@correo.example`;

export interface PublicWorld {
  moderator: AuthHeaders;
  leader: AuthHeaders;
  staff: AuthHeaders;
  piura: AgencyDirectoryEntry;
  lima: AgencyDirectoryEntry;
}

export async function createPublicWorld(app: NestFastifyApplication): Promise<PublicWorld> {
  const moderator = await bearerFor(app, DEMO_ROLES.moderator);
  const admin = await bearerFor(app, DEMO_ROLES.admin);
  const agency = async (q: string) =>
    (
      (
        await app.inject({ method: 'GET', url: `/api/agencies?q=${q}`, headers: admin })
      ).json() as Page<AgencyDirectoryEntry>
    ).items[0];
  return {
    moderator,
    leader: await bearerFor(app, DEMO_ROLES.leader),
    staff: await bearerFor(app, DEMO_ROLES.staff),
    piura: await agency('PE-PIU'),
    lima: await agency('PE-LAL'),
  };
}

/**
 * A fresh test app and public world for a describe block (`useTestApp` plus `createPublicWorld`
 * in `beforeAll`); the getters answer once the hooks have run.
 */
export function usePublicWorld(): PublicWorld & TestAppHandle {
  return useTestWorld('usePublicWorld', createPublicWorld, ['moderator', 'leader', 'staff', 'piura', 'lima']);
}

/** A published (by default) announcement of Piura written by the moderator. */
export async function publishAnnouncement(
  app: NestFastifyApplication,
  w: PublicWorld,
  over: Partial<CreateAnnouncementRequest> = {},
  as: AuthHeaders = w.moderator,
): Promise<AnnouncementDto> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/announcements',
    headers: as,
    payload: {
      title: `Anuncio de prueba ${uniq()}`,
      summary: 'Resumen del anuncio',
      body: 'Texto **importante** del anuncio.',
      agencyId: w.piura.id,
      status: 'published',
      ...over,
    },
  });
  if (res.statusCode !== 201) throw new Error(`announcement not created: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function postComment(
  app: NestFastifyApplication,
  slug: string,
  body: Partial<CreateCommentRequest> = {},
  ip = freshIp(),
) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/public/announcements/${slug}/comments`,
    headers: { 'x-forwarded-for': ip },
    payload: { name: 'Rosa Quispe', email: freshEmail(), text: `Un comentario ${uniq()}`, ...body },
  });
  return { res, body: res.json() as CommentSubmittedDto & { code?: string } };
}

/** An announcement as the public site answers it, by slug. */
export async function readPublicAnnouncement(
  app: NestFastifyApplication,
  slug: string,
): Promise<PublicAnnouncementDto> {
  return (await app.inject({ method: 'GET', url: `/api/public/announcements/${slug}` })).json();
}

/** Approves a comment as the moderator (reads its version from the queue row). */
export async function approve(app: NestFastifyApplication, w: PublicWorld, commentId: string, action = 'approve') {
  const version = await commentVersion(app, commentId);
  const res = await app.inject({
    method: 'POST',
    url: `/api/moderation/comments/${commentId}/decision`,
    headers: w.moderator,
    payload: { action, version },
  });
  if (res.statusCode !== 200) throw new Error(`decision failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function commentVersion(app: NestFastifyApplication, id: string): Promise<number> {
  const { DataSource } = await import('typeorm');
  const [row]: { version: number }[] = await app
    .get(DataSource)
    .query('SELECT version FROM announcement_comment WHERE id = $1', [id]);
  return row.version;
}

/** Moves the app's domain clock on (rate limits and duplicate windows count on it). */
export async function advanceClock(app: NestFastifyApplication, seconds: number): Promise<void> {
  const { Clock } = await import('../src/common/clock');
  const clock = app.get(Clock) as import('../src/common/clock').SystemClock;
  clock.startingAt(new Date(clock.now().getTime() + seconds * 1000));
}
