import type { DataSource, EntityManager } from 'typeorm';

/** The channel every instance LISTENs on; a notification's payload is `<id> <topic>`. */
export const REALTIME_CHANNEL = 'cumbre_realtime';

/**
 * Publishers take this transaction-scoped lock before their row gets its id and keep it until
 * commit, so ids are handed out in commit order: a reader that has seen id N has seen every
 * committed event below N, and "id > last seen" (replay, catch-up) misses nothing.
 */
const PUBLISH_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('cumbre.realtime.publish'))`;

/** More missed events than this and a client is told to reload instead. */
export const REPLAY_LIMIT = 500;

export interface RealtimeRow {
  id: number;
  topic: string;
  payload: unknown;
}

interface RawRow {
  id: string;
  topic: string;
  payload: unknown;
}

const toRow = (r: RawRow): RealtimeRow => ({ id: Number(r.id), topic: r.topic, payload: r.payload });

/** Inserts the event and announces it; both take effect only if the caller's transaction commits. */
export async function insertEvent(manager: EntityManager, topic: string, payload: unknown): Promise<number> {
  await manager.query(PUBLISH_LOCK_SQL);
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO realtime_event (topic, payload) VALUES ($1, $2::jsonb) RETURNING id`,
    [topic, JSON.stringify(payload ?? null)],
  );
  await manager.query(`SELECT pg_notify($1, $2)`, [REALTIME_CHANNEL, `${row.id} ${topic}`]);
  return Number(row.id);
}

/** Committed events after `afterId` on the given topics, oldest first. */
export async function eventsAfter(
  db: DataSource,
  afterId: number,
  topics: string[],
  limit: number,
): Promise<RealtimeRow[]> {
  const rows: RawRow[] = await db.query(
    `SELECT id, topic, payload FROM realtime_event
      WHERE id > $1 AND topic = ANY($2::text[])
      ORDER BY id LIMIT $3`,
    [afterId, topics, limit],
  );
  return rows.map(toRow);
}

/** The highest id ever published that a reader can know of (kept or pruned). */
export async function latestEventId(db: DataSource): Promise<number> {
  const [row]: { latest: string }[] = await db.query(
    `SELECT GREATEST((SELECT coalesce(max(id), 0) FROM realtime_event),
                     (SELECT pruned_through FROM realtime_retention)) AS latest`,
  );
  return Number(row.latest);
}

export interface Replay {
  /** Events below this id are gone. */
  prunedThrough: number;
  latest: number;
  rows: RealtimeRow[];
}

/** What a reconnecting client missed, read in one statement (one snapshot: rows and watermark agree). */
export async function replayAfter(db: DataSource, afterId: number, topics: string[]): Promise<Replay> {
  const rows: (Partial<RawRow> & { pruned_through: string; latest: string })[] = await db.query(
    `SELECT r.pruned_through,
            GREATEST(r.pruned_through, (SELECT coalesce(max(id), 0) FROM realtime_event)) AS latest,
            e.id, e.topic, e.payload
       FROM realtime_retention r
       LEFT JOIN LATERAL (
         SELECT id, topic, payload FROM realtime_event
          WHERE id > $1 AND topic = ANY($2::text[])
          ORDER BY id LIMIT $3
       ) e ON true
      ORDER BY e.id`,
    [afterId, topics, REPLAY_LIMIT + 1],
  );
  const first = rows[0];
  return {
    prunedThrough: Number(first?.pruned_through ?? 0),
    latest: Number(first?.latest ?? 0),
    rows: rows.filter((r) => r.id !== null && r.id !== undefined).map((r) => toRow(r as RawRow)),
  };
}

/**
 * Deletes every event up to the newest one older than `retentionMs` (a prefix of ids, so the
 * watermark is exact) and raises the watermark; returns how many rows went.
 */
export async function pruneEvents(db: DataSource, retentionMs: number): Promise<number> {
  const [row]: { pruned: string }[] = await db.query(
    `WITH cutoff AS (
       SELECT max(id) AS id FROM realtime_event
        WHERE created_at < now() - make_interval(secs => $1::double precision / 1000)
     ), gone AS (
       DELETE FROM realtime_event WHERE id <= (SELECT id FROM cutoff) RETURNING id
     ), mark AS (
       UPDATE realtime_retention SET pruned_through = GREATEST(pruned_through, (SELECT max(id) FROM gone))
        WHERE EXISTS (SELECT 1 FROM gone) RETURNING 1
     )
     SELECT count(*) AS pruned FROM gone`,
    [retentionMs],
  );
  return Number(row.pruned);
}
