/* eslint-disable @typescript-eslint/no-explicit-any -- pg rows are untyped: the mappers type what leaves */
// The bench's bare baseline: Fastify + pg, no Nest, no TypeORM, no validation pipes, no guards.
// For each raced route it runs the statements Cumbre's code asks for (the same tables, joins,
// access-policy fragments — imported from Cumbre, so they cannot drift —, order and limits,
// written by hand, one statement per ORM call) and builds the JSON with Cumbre's own pure
// mappers and scheduling functions, so that both servers answer the same bytes: the harness
// checks that before racing. Bundled by esbuild (bench/lib/baseline-build.mjs); `fastify`,
// `pg` and `jsonwebtoken` stay external.
import { createSecretKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { agendaTimes, plainDateIn } from '@cumbre/scheduling';
import type { AgendaItemDto } from '@cumbre/contracts';
import { agendaPermissions, canEditAgenda, itemVisibility } from '../../apps/api/src/agenda/agenda.policy';
import {
  mapActionItem,
  mapAgendaItem,
  mapDecision,
  mapMinutes,
  NO_OUTCOMES,
} from '../../apps/api/src/agenda/agenda.mapper';
import type { AuthUser } from '../../apps/api/src/common/auth-user';
import { meetingVisibility } from '../../apps/api/src/meetings/meeting-access.policy';
import { meetingListPage } from '../../apps/api/src/meetings/meeting-list.queries';
import type { SqlRunner } from '../../apps/api/src/database/sql-reader';
import {
  AGENCY_COLS,
  agency,
  agendaItem,
  ITEM_COLS,
  meeting,
  MEETING_COLS,
  person,
  positional,
  USER_COLS,
} from './rows';
import { searchNotes } from './notes';
import { announcement, announcementList, type Manager } from './public';
import { postComment } from './comments';

const env = process.env;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: Number(env.DB_POOL_MAX ?? 10) });
// The HMAC key as a key object, made once (as Cumbre's jwt.strategy.ts does): given a string,
// jsonwebtoken tries it as a PEM public key first, on every request.
const secret = createSecretKey(Buffer.from(env.JWT_SECRET as string, 'utf8'));
const accessTtl = Number(env.ACCESS_TOKEN_TTL_SECONDS ?? 900);
const q = async <T = Record<string, any>>(sql: string, params: unknown[] = []) =>
  (await pool.query(sql, params)).rows as T[];

const runner: SqlRunner = { query: (sql, values) => q(sql, values) };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

/** Cumbre's PrincipalLoader statement, verbatim. */
const PRINCIPAL_SQL = `SELECT u.id, u.email, u.display_name, u.platform_roles,
              COALESCE((SELECT json_agg(json_build_object('agencyId', m.organization_id, 'role', m.role,
                                                          'clearance', m.clearance) ORDER BY m.created_at, m.id)
                          FROM membership m WHERE m.user_id = u.id), '[]'::json) AS memberships,
              (SELECT s.two_factor_enrolment_only FROM auth_session s WHERE s.id = $2) AS enrolment_only
         FROM app_user u
        WHERE u.id = $1 AND u.disabled_at IS NULL
          AND EXISTS (SELECT 1 FROM refresh_token rt
                       WHERE rt.family_id = $2 AND rt.user_id = u.id AND rt.revoked_at IS NULL)`;

async function principal(authorization: string | undefined): Promise<AuthUser> {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
  if (!token) throw new HttpError(401, 'auth.unauthenticated');
  let claims: { sub: string; sid: string };
  try {
    claims = jwt.verify(token, secret, {
      algorithms: ['HS256'],
      issuer: env.JWT_ISSUER ?? 'cumbre',
      audience: env.JWT_AUDIENCE ?? 'cumbre-api',
      maxAge: accessTtl + 60,
    }) as { sub: string; sid: string };
  } catch {
    throw new HttpError(401, 'auth.unauthenticated');
  }
  const [row] = await q(PRINCIPAL_SQL, [claims.sub, claims.sid]);
  if (!row) throw new HttpError(401, 'auth.unauthenticated');
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    platformRoles: row.platform_roles,
    memberships: row.memberships,
    sessionId: claims.sid,
  } as AuthUser;
}

const viewer = (user: AuthUser) =>
  user.platformRoles.includes('admin') ? { userId: user.id, isAdmin: true } : { userId: user.id, isAdmin: false };

/** GET /api/meetings — "my meetings", newest first: Cumbre's own statement (meeting-list.queries). */
async function meetings(user: AuthUser, limit: number, offset: number) {
  const { items, total } = await meetingListPage(runner, user, { limit, offset }, new Date());
  return { items, total, limit, offset };
}

/** GET /api/meetings/:id/agenda for a signed-in reader (AgendaQueries.getAgenda). */
async function agenda(meetingId: string, user: AuthUser) {
  const vis = positional([meetingVisibility('m', viewer(user) as never)]);
  const mrows = await q(
    `SELECT ${MEETING_COLS('m')}, inv.organization_id AS inv_organization_id
       FROM meeting m LEFT JOIN meeting_invitation inv ON inv.meeting_id = m.id
      WHERE ${vis.sql} AND m.id = $${vis.params.length + 1}`,
    [...vis.params, meetingId],
  );
  if (mrows.length === 0) throw new HttpError(404, 'meeting.not_found');
  const m = meeting(mrows[0], 'm');
  const invitedAgencyIds = mrows.map((r) => r.inv_organization_id).filter(Boolean);
  const [a] = await q(
    `SELECT a.id, a.meeting_id, a.status, a.published_version_no, a.secretary_user_id, a.minutes_published_at,
            a.created_at, a.updated_at, a.version, ${USER_COLS('sec')}
       FROM agenda a LEFT JOIN app_user sec ON sec.id = a.secretary_user_id WHERE a.meeting_id = $1 LIMIT 1`,
    [meetingId],
  );
  const facts = {
    convenerId: m.convenerId,
    hostAgencyId: m.hostAgencyId,
    status: m.status,
    invitedAgencyIds,
    secretaryUserId: a?.secretary_user_id ?? null,
  };
  const editor = canEditAgenda(user, facts);
  let items: ReturnType<typeof agendaItem>[] = [];
  if (a) {
    const visible = positional([itemVisibility('i', user, editor)]);
    const rows = await q(
      `SELECT ${ITEM_COLS('i')}, ${AGENCY_COLS('pa')}, ${USER_COLS('pu')}, ${USER_COLS('pb')}, ${AGENCY_COLS('pba')}
         FROM agenda_item i
         LEFT JOIN organization pa ON pa.id = i.presenter_agency_id
         LEFT JOIN app_user pu ON pu.id = i.presenter_user_id
         LEFT JOIN app_user pb ON pb.id = i.proposed_by_id
         LEFT JOIN organization pba ON pba.id = i.proposed_by_agency_id
        WHERE i.agenda_id = $${visible.params.length + 1} AND ${visible.sql}`,
      [...visible.params, a.id],
    );
    items = rows.map((r) => agendaItem(r));
  }
  const accepted = items.filter((i) => i.proposalStatus === 'accepted');
  const times = agendaTimes(
    m,
    accepted.map((i) => ({ ...i, position: i.position ?? 0 })),
  );
  const outcomes = await outcomesOf(accepted.map((i) => i.id));
  const byId = new Map(items.map((i) => [i.id, i]));
  const ordered: AgendaItemDto[] = times.items.map((t) => {
    const item = byId.get(t.id) as (typeof items)[number];
    return mapAgendaItem(item as never, t, outcomes.get(item.id) ?? NO_OUTCOMES);
  });
  const proposals = items
    .filter((i) => i.proposalStatus !== 'accepted')
    .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())
    .map((i) => mapAgendaItem(i as never, undefined, NO_OUTCOMES));
  return {
    meetingId,
    version: a?.version ?? 0,
    status: a?.status ?? 'draft',
    publishedVersion: a?.published_version_no ?? null,
    nextVersion: (a?.published_version_no ?? 0) + 1,
    timeZone: m.timeZone,
    meetingStartsAt: m.startsAt?.toISOString() ?? null,
    meetingEndsAt: m.endsAt?.toISOString() ?? null,
    totalMinutes: times.totalMinutes,
    overrunMinutes: times.overrunMinutes,
    secretary: a?.sec_id ? { id: a.sec_id, displayName: a.sec_display_name } : null,
    minutesPublishedAt: a?.minutes_published_at?.toISOString() ?? null,
    items: ordered,
    proposals,
    can: agendaPermissions(user, facts, !!a?.minutes_published_at),
  };
}

/** Minutes, decisions (with endorsing agencies) and action items of the items: three statements at once. */
async function outcomesOf(ids: string[]) {
  const out = new Map<string, { minutes: any; decisions: any[]; actionItems: any[] }>();
  if (ids.length === 0) return out;
  const [notes, decisions, actions] = await Promise.all([
    q(
      `SELECT n.item_id, n.notes, n.updated_by_id, n.updated_at, n.version, ${USER_COLS('ub')}
         FROM agenda_item_minutes n LEFT JOIN app_user ub ON ub.id = n.updated_by_id WHERE n.item_id = ANY($1)`,
      [ids],
    ),
    q(
      `SELECT d.id, d.item_id, d.text, d.endorsed_agency_ids, d.created_by_id, d.created_at, d.version, ${USER_COLS('cb')}
         FROM decision d LEFT JOIN app_user cb ON cb.id = d.created_by_id WHERE d.item_id = ANY($1) ORDER BY d.created_at ASC`,
      [ids],
    ),
    q(
      `SELECT ai.*, ${AGENCY_COLS('oa')}, ${USER_COLS('ow')}, it.title AS it_title, mt.title AS mt_title
         FROM action_item ai
         LEFT JOIN organization oa ON oa.id = ai.owner_agency_id
         LEFT JOIN app_user ow ON ow.id = ai.owner_user_id
         LEFT JOIN agenda_item it ON it.id = ai.item_id
         LEFT JOIN meeting mt ON mt.id = ai.meeting_id
        WHERE ai.item_id = ANY($1) ORDER BY ai.created_at ASC`,
      [ids],
    ),
  ]);
  const agencyIds = [...new Set(decisions.flatMap((d) => d.endorsed_agency_ids as string[]))];
  const agencies = agencyIds.length
    ? await q(`SELECT ${AGENCY_COLS('o')} FROM organization o WHERE o.id = ANY($1)`, [agencyIds])
    : [];
  const agencyById = new Map(agencies.map((r) => [r.o_id, agency(r, 'o')]));
  const today = plainDateIn(new Date(), 'America/Lima');
  for (const id of ids) out.set(id, { minutes: null, decisions: [], actionItems: [] });
  for (const n of notes) {
    (out.get(n.item_id) as { minutes: unknown }).minutes = mapMinutes({
      notes: n.notes,
      updatedBy: person(n, 'ub'),
      updatedAt: n.updated_at,
      version: n.version,
    } as never);
  }
  for (const d of decisions) {
    out.get(d.item_id)?.decisions.push(
      mapDecision(
        {
          id: d.id,
          itemId: d.item_id,
          text: d.text,
          endorsedAgencyIds: d.endorsed_agency_ids,
          createdBy: person(d, 'cb'),
          createdAt: d.created_at,
          version: d.version,
        } as never,
        agencyById as never,
      ),
    );
  }
  for (const x of actions) {
    out.get(x.item_id)?.actionItems.push(
      mapActionItem(
        {
          id: x.id,
          meetingId: x.meeting_id,
          meeting: { title: x.mt_title },
          itemId: x.item_id,
          item: { title: x.it_title },
          what: x.what,
          ownerAgency: agency(x, 'oa'),
          owner: person(x, 'ow'),
          dueDate: x.due_date,
          status: x.status,
          version: x.version,
          createdAt: x.created_at,
          updatedAt: x.updated_at,
        } as never,
        today,
      ),
    );
  }
  return out;
}

// pg returns `date` columns as JS Dates by default; TypeORM hands them over as 'YYYY-MM-DD'.
pg.types.setTypeParser(1082, (v: string) => v);

// Readers' addresses come in X-Forwarded-For (scenario 7), as Cumbre reads them with TRUST_PROXY.
const app = Fastify({ logger: false, trustProxy: true });
app.setErrorHandler((err, _req, reply) => {
  if (err instanceof HttpError) return reply.status(err.status).send({ code: err.code });
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return reply.status(500).send({ code: 'internal' });
});
app.get('/api/health/ready', async () => {
  await q('SELECT 1');
  return { status: 'ok' };
});
app.get<{ Querystring: { limit?: string; offset?: string } }>('/api/meetings', async (req) =>
  meetings(await principal(req.headers.authorization), Number(req.query.limit ?? 20), Number(req.query.offset ?? 0)),
);
app.get<{ Params: { id: string } }>('/api/meetings/:id/agenda', async (req) =>
  agenda(req.params.id, await principal(req.headers.authorization)),
);

app.get<{ Querystring: { q?: string } }>('/api/notes', async (req) =>
  searchNotes(q, await principal(req.headers.authorization), req.query.q ?? '', req.ip),
);

const manager: Manager = { query: (sql, params) => q(sql, params) };
app.get<{ Querystring: { after?: string; limit?: string } }>('/api/public/announcements', (req, reply) =>
  announcementList(manager, req, reply),
);
app.get<{ Params: { slug: string } }>('/api/public/announcements/:slug', (req, reply) =>
  announcement(manager, req, reply),
);
app.post('/api/public/announcements/:slug/comments', postComment(pool, env.JWT_SECRET as string));

// Scenario 4: the page Cumbre rendered, as bytes the harness saved (tmp/bench/pages/<slug>.html),
// served statically from memory — what a bare static server does.
const pages = new Map<string, Buffer>();
app.get<{ Params: { slug: string } }>('/anuncios/:slug', async (req, reply) => {
  const slug = req.params.slug;
  let page = pages.get(slug);
  if (!page) {
    if (!/^[a-z0-9-]+$/.test(slug) || !env.BENCH_PAGES_DIR) return reply.code(404).send();
    try {
      page = readFileSync(join(env.BENCH_PAGES_DIR, `${slug}.html`));
    } catch {
      return reply.code(404).send();
    }
    pages.set(slug, page);
  }
  return reply.type('text/html; charset=utf-8').send(page);
});

app
  .listen({ port: Number(env.PORT ?? 3199), host: '127.0.0.1' })
  .then(() => process.send?.({ type: 'baseline:ready' }))
  .catch((err) => {
    process.stderr.write(`baseline failed to start: ${String(err)}\n`);
    process.exit(1);
  });
process.once(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0)),
);
