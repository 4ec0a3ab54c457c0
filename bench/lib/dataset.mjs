// The bench's generated dataset: deterministic (one seeded PRNG, ids derived from it), sized
// by BENCH_SCALE, loaded with COPY (pg-copy-streams) straight into the migrated schema.
// The same seed and scale always give the same rows, so two runs race on the same data.
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import copyStreams from 'pg-copy-streams';

/**
 * Sizes per scale. `full` is issue #12's dataset: 200 agencies, 5,000 users, 20,000 meetings
 * with agendas, 100,000 notes of mixed markings, 100,000 announcements with 1,000,000 comments.
 */
export const SCALES = {
  smoke: {
    agencies: 12,
    users: 120,
    meetings: 200,
    itemsPerAgenda: 3,
    benchAgendaItems: 60,
    notes: 1000,
    announcements: 200,
    commentsPer: 10,
  },
  /** Scenario 8's small side: 100 announcements and 1,000 comments (the rest as `smoke`). */
  growth: {
    agencies: 12,
    users: 120,
    meetings: 200,
    itemsPerAgenda: 3,
    benchAgendaItems: 60,
    notes: 1000,
    announcements: 100,
    commentsPer: 10,
  },
  small: {
    agencies: 60,
    users: 1000,
    meetings: 2000,
    itemsPerAgenda: 5,
    benchAgendaItems: 60,
    notes: 10000,
    announcements: 10000,
    commentsPer: 10,
  },
  full: {
    agencies: 200,
    users: 5000,
    meetings: 20000,
    itemsPerAgenda: 5,
    benchAgendaItems: 60,
    notes: 100000,
    announcements: 100000,
    commentsPer: 10,
  },
};

export function scaleOf(name = 'smoke') {
  const scale = SCALES[name];
  if (!scale) throw new Error(`BENCH_SCALE must be one of ${Object.keys(SCALES).join(', ')}, not "${name}"`);
  return { name, ...scale };
}

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable UUID (v4 layout) for `kind`/`n`: the same row gets the same id in every run. */
export function benchId(kind, n) {
  const h = createHash('sha1').update(`cumbre-bench:${kind}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const KINDS = ['national', 'regional', 'local', 'police', 'prosecutor', 'other'];
const ITEM_KINDS = ['information', 'discussion', 'decision', 'presentation'];
const WORDS = (
  'seguridad ciudadana coordinación regional presupuesto informe avance plan acción comité ' +
  'provincial distrito fiscalía policía agua salud educación transporte riesgo emergencia ' +
  'mesa técnica acuerdo seguimiento convenio obras inversión frontera minería energía'
).split(' ');

/** Who the scenarios act as and on what. */
export function benchFixtures(scale) {
  return {
    /** Staff of agency 1, which is invited (not host) to meeting 0: reads the agenda under the item policy. */
    delegate: { id: benchId('user', scale.agencies + 1), sessionId: benchId('session', scale.agencies + 1) },
    /** Meeting 0: hosted by agency 0, agency 1 invited, an agenda of `benchAgendaItems` items. */
    agendaMeetingId: benchId('meeting', 0),
    /** An analyst of agency 9 cleared AMBER: searches the notes under the access policy. */
    analyst: { id: benchId('user', scale.agencies + 9), sessionId: benchId('session', scale.agencies + 9) },
    /** The word ~12 % of the notes contain (accent-folded by the search). */
    noteSearch: 'extorsion',
    /** The newest published announcement (with its comments), and a cursor 50 pages deep. */
    announcementSlug: 'anuncio-0',
    deepCursor: announcementCursor(Math.min(500, Math.floor(scale.announcements / 2))),
    /** Every published announcement but the newest, newest first (the uncached reads and the posts cycle over them). */
    publishedSlugs: Array.from({ length: scale.announcements }, (_, k) => k)
      .filter((k) => k > 0 && isPublished(k))
      .map((k) => `anuncio-${k}`),
    /** The e-mail of the n-th (cyclically) author with an approved comment: comments from them are not held. */
    approvedAuthor: (n) => {
      const k = Math.floor(n / APPROVED_PER.length) % scale.announcements;
      return commentEmail(k * scale.commentsPer + APPROVED_PER[n % APPROVED_PER.length]);
    },
  };
}

/** Announcement k is published unless k is a non-zero multiple of 20 (a draft). */
const isPublished = (k) => k === 0 || k % 20 !== 0;
/** Comment c of an announcement is approved unless c % 5 === 4 (pending). */
const isApprovedComment = (c) => c % 5 !== 4;
const APPROVED_PER = Array.from({ length: 10 }, (_, c) => c).filter(isApprovedComment);
/** Every comment has its own author address: posting as an approved author needs many of them. */
const commentEmail = (n) => `lector${n}@bench.example`;

const T0 = Date.parse('2021-01-04T13:00:00Z');
/** Announcement k was published k × 10 minutes before this (0 is the newest). */
const ANNOUNCED = Date.parse('2026-12-01T15:00:00Z');
const announcedAt = (k) => new Date(ANNOUNCED - k * 600_000);
/** The public list's cursor after announcement k (encodeCursor of apps/api/src/public/cursor.ts). */
const announcementCursor = (k) =>
  Buffer.from(`${announcedAt(k).toISOString()}|${benchId('announcement', k)}`, 'utf8').toString('base64url');
const HOUR = 3_600_000;

/** Every table's rows, as arrays of column values, generated lazily. */
export function* tables(scale, seed = 20261205) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const A = scale.agencies;

  yield {
    table: 'organization',
    columns: ['id', 'name', 'short_name', 'kind', 'version'],
    rows: function* () {
      for (let a = 0; a < A; a++) {
        yield [benchId('agency', a), `Entidad de banco ${a} (${words(2)})`, `BENCH-${a}`, KINDS[a % KINDS.length], 1];
      }
    },
  };
  // Agency a's leader is user a; every other user is staff (or analyst) of agency u % A.
  const userAgency = (u) => (u < A ? u : u % A);
  yield {
    table: 'app_user',
    columns: ['id', 'email', 'display_name', 'password_hash', 'version'],
    rows: function* () {
      for (let u = 0; u < scale.users; u++) {
        // Nobody signs in with a password: the bench mints access tokens for seeded sessions.
        yield [benchId('user', u), `user${u}@bench.cumbre`, `Persona ${u} ${words(1)}`, '!bench-no-password', 1];
      }
    },
  };
  yield {
    table: 'membership',
    columns: ['user_id', 'organization_id', 'role', 'clearance'],
    rows: function* () {
      for (let u = 0; u < scale.users; u++) {
        const role = u < A ? 'leader' : u % 10 === 9 ? 'analyst' : 'staff';
        // Analysts are cleared AMBER, every 50th user RED: the note policy has every case to decide.
        const clearance = u % 50 === 0 ? 'RED' : role === 'analyst' ? 'AMBER' : 'GREEN';
        yield [benchId('user', u), benchId('agency', userAgency(u)), role, clearance];
      }
    },
  };
  yield {
    table: 'auth_session',
    columns: ['id', 'user_id'],
    rows: function* () {
      for (let u = 0; u < scale.users; u++) yield [benchId('session', u), benchId('user', u)];
    },
  };
  yield {
    table: 'refresh_token',
    columns: ['family_id', 'user_id', 'token_hash', 'expires_at'],
    rows: function* () {
      for (let u = 0; u < scale.users; u++) {
        const hash = createHash('sha256').update(`bench-refresh-${u}`).digest('hex');
        yield [benchId('session', u), benchId('user', u), hash, '2099-01-01T00:00:00Z'];
      }
    },
  };
  const now = Date.parse('2026-12-02T12:00:00Z');
  const meetingRows = [];
  for (let k = 0; k < scale.meetings; k++) {
    const host = k % A;
    // Meeting 0 is the demo-like summit the agenda scenario reads; the rest spread over years.
    const startsAt = k === 0 ? Date.parse('2026-12-05T14:00:00Z') : T0 + k * 3 * HOUR;
    const hours = k === 0 ? 10 : 2 + Math.floor(rnd() * 3);
    const r = rnd();
    const status =
      k === 0 ? 'scheduled' : r < 0.05 ? 'cancelled' : r < 0.1 ? 'draft' : startsAt < now ? 'concluded' : 'scheduled';
    meetingRows.push([
      benchId('meeting', k),
      k === 0 ? 'Cumbre de seguridad (banco)' : `Reunión ${k}: ${words(4)}`,
      words(12),
      benchId('agency', host),
      benchId('user', host),
      new Date(startsAt).toISOString(),
      new Date(startsAt + hours * HOUR).toISOString(),
      'America/Lima',
      `Sala ${k % 40}`,
      rnd() < 0.2 ? 'public' : 'internal',
      status,
      status === 'cancelled' ? 'Reprogramada' : null,
      1,
    ]);
  }
  yield {
    table: 'meeting',
    columns: [
      'id',
      'title',
      'description',
      'host_agency_id',
      'convener_id',
      'starts_at',
      'ends_at',
      'time_zone',
      'venue_name',
      'visibility',
      'status',
      'cancellation_reason',
      'version',
    ],
    rows: () => meetingRows,
  };
  yield {
    table: 'meeting_invitation',
    columns: ['meeting_id', 'organization_id', 'rsvp'],
    rows: function* () {
      const rsvps = ['pending', 'accepted', 'tentative', 'declined'];
      for (let k = 0; k < scale.meetings; k++) {
        const invited = new Set([1, 7, 13].map((d) => (k + d) % A));
        invited.delete(k % A);
        for (const a of invited) yield [benchId('meeting', k), benchId('agency', a), rsvps[(k + a) % 4]];
      }
    },
  };
  yield {
    table: 'agenda',
    columns: ['id', 'meeting_id', 'status', 'version'],
    rows: function* () {
      for (let k = 0; k < scale.meetings; k++) yield [benchId('agenda', k), benchId('meeting', k), 'draft', 1];
    },
  };
  yield {
    table: 'agenda_item',
    columns: [
      'id',
      'agenda_id',
      'parent_id',
      'kind',
      'position',
      'title',
      'description',
      'presenter_agency_id',
      'planned_minutes',
      'proposal_status',
      'version',
    ],
    rows: function* () {
      let n = 0;
      for (let k = 0; k < scale.meetings; k++) {
        const count = k === 0 ? scale.benchAgendaItems : scale.itemsPerAgenda;
        // Sections of up to 9 items each (two levels, as the agenda allows).
        const sections = Math.ceil(count / 10);
        let left = count;
        for (let s = 0; s < sections && left > 0; s++) {
          const sectionId = benchId('item', n++);
          left--;
          yield [
            sectionId,
            benchId('agenda', k),
            null,
            'section',
            s,
            `Bloque ${s + 1}: ${words(3)}`,
            '',
            null,
            5,
            'accepted',
            1,
          ];
          for (let c = 0; c < 9 && left > 0; c++, left--) {
            yield [
              benchId('item', n++),
              benchId('agenda', k),
              sectionId,
              ITEM_KINDS[c % ITEM_KINDS.length],
              c,
              `${words(5)}`,
              words(20),
              benchId('agency', (k + c) % A),
              5 + Math.floor(rnd() * 4) * 5,
              'accepted',
              1,
            ];
          }
        }
      }
    },
  };
  // Sharing groups: group g holds agencies g, g+1, g+2 (mod A).
  const groups = Math.max(2, Math.floor(A / 10));
  yield {
    table: 'sharing_group',
    columns: ['id', 'name', 'version'],
    rows: function* () {
      for (let g = 0; g < groups; g++) yield [benchId('group', g), `Grupo de banco ${g}`, 1];
    },
  };
  yield {
    table: 'sharing_group_member',
    columns: ['sharing_group_id', 'organization_id'],
    rows: function* () {
      for (let g = 0; g < groups; g++) {
        for (let d = 0; d < 3; d++) yield [benchId('group', g), benchId('agency', (g + d) % A)];
      }
    },
  };
  // Notes: 30 % best practices (CLEAR, all agencies), 70 % intelligence of mixed markings and
  // distributions; 90 % shared. About 12 % mention "extorsión" (the searched word).
  const MARKINGS = ['CLEAR', 'GREEN', 'GREEN', 'AMBER', 'AMBER', 'AMBER+STRICT', 'RED'];
  const DISTRIBUTIONS = ['all_agencies', 'agency_only', 'sharing_group'];
  yield {
    table: 'note',
    columns: [
      'id',
      'kind',
      'title',
      'summary',
      'body',
      'body_text',
      'tags',
      'author_id',
      'author_agency_id',
      'status',
      'marking',
      'distribution',
      'sharing_group_id',
      'red_recipient_ids',
      'shared_at',
      'updated_at',
      'version',
    ],
    rows: function* () {
      for (let k = 0; k < scale.notes; k++) {
        const author = A + Math.floor(rnd() * (scale.users - A));
        const intelligence = rnd() < 0.7;
        const marking = intelligence ? pick(MARKINGS) : 'CLEAR';
        const distribution = intelligence ? pick(DISTRIBUTIONS) : 'all_agencies';
        const status = rnd() < 0.9 ? 'shared' : 'draft';
        const text = `${words(40)}${rnd() < 0.12 ? ' extorsión' : ''} ${words(40)}`;
        const updated = new Date(T0 + k * 20 * 60_000).toISOString();
        yield [
          benchId('note', k),
          intelligence ? 'intelligence' : 'best_practice',
          `Nota ${k}: ${words(5)}`,
          words(15),
          text,
          text,
          `{${pick(WORDS)},${pick(WORDS)}}`,
          benchId('user', author),
          benchId('agency', userAgency(author)),
          status,
          marking,
          distribution,
          distribution === 'sharing_group' ? benchId('group', k % groups) : null,
          marking === 'RED'
            ? `{${benchId('user', 50 * (1 + (k % Math.max(1, Math.floor(scale.users / 50 - 1)))))}}`
            : '{}',
          status === 'shared' ? updated : null,
          updated,
          1,
        ];
      }
    },
  };
  // Announcements: every 20th a draft (not public), the rest published, newest first from
  // ANNOUNCED; each with `commentsPer` comments, 80 % approved (shown), the rest pending.
  yield {
    table: 'announcement',
    columns: ['id', 'slug', 'title', 'summary', 'body', 'body_html', 'agency_id', 'status', 'published_at', 'version'],
    rows: function* () {
      for (let k = 0; k < scale.announcements; k++) {
        const body = words(80);
        const published = isPublished(k);
        yield [
          benchId('announcement', k),
          `anuncio-${k}`,
          `Anuncio ${k}: ${words(5)}`,
          words(20),
          body,
          `<p>${body}</p>`,
          benchId('agency', k % A),
          published ? 'published' : 'draft',
          published ? announcedAt(k).toISOString() : null,
          1,
        ];
      }
    },
  };
  yield {
    table: 'announcement_comment',
    columns: ['id', 'announcement_id', 'author_name', 'author_email', 'text', 'status', 'approved_at', 'created_at'],
    rows: function* () {
      for (let k = 0; k < scale.announcements; k++) {
        for (let c = 0; c < scale.commentsPer; c++) {
          const at = new Date(announcedAt(k).getTime() + (c + 1) * 60_000).toISOString();
          const approved = isApprovedComment(c);
          yield [
            benchId('comment', k * scale.commentsPer + c),
            benchId('announcement', k),
            `Lector ${c}`,
            commentEmail(k * scale.commentsPer + c),
            words(25),
            approved ? 'approved' : 'pending',
            approved ? at : null,
            at,
          ];
        }
      }
    },
  };
}

/** COPY's text format: tab-separated, \N for NULL, backslash escapes. */
function copyLine(values) {
  return (
    values
      .map((v) =>
        v === null || v === undefined
          ? '\\N'
          : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'),
      )
      .join('\t') + '\n'
  );
}

/**
 * Loads every table with COPY, then VACUUM (ANALYZE); returns the row counts. The VACUUM settles
 * what a bulk load leaves behind (the visibility map, the hint bits every first reader of a
 * row would otherwise set): without it, autovacuum works through a million fresh rows while the
 * first scenarios race, and the first reader of each row pays for the rest.
 */
export async function loadDataset(client, scale, log = () => undefined) {
  const counts = {};
  for (const t of tables(scale)) {
    const started = Date.now();
    let n = 0;
    const source = Readable.from(
      (function* () {
        let chunk = '';
        for (const row of t.rows()) {
          chunk += copyLine(row);
          n++;
          if (chunk.length > 64 * 1024) {
            yield chunk;
            chunk = '';
          }
        }
        if (chunk) yield chunk;
      })(),
    );
    const sink = client.query(copyStreams.from(`COPY ${t.table} (${t.columns.join(', ')}) FROM STDIN`));
    await pipeline(source, sink);
    counts[t.table] = n;
    log(`COPY ${t.table}: ${n} rows in ${Date.now() - started} ms`);
  }
  const started = Date.now();
  await client.query('VACUUM (ANALYZE)');
  // And the pages written so far go to disk now, not in a checkpoint during the first race.
  await client.query('CHECKPOINT').catch((err) => log(`CHECKPOINT skipped: ${err.message}`));
  log(`VACUUM (ANALYZE) and CHECKPOINT in ${Date.now() - started} ms`);
  return counts;
}
