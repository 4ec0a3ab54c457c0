import { ERROR_CODES } from '@cumbre/contracts';
import type { DataSource } from 'typeorm';

/**
 * What a refused request may legitimately leave behind: the security log of the refusal
 * itself (a failed sign-in, a denied role, a failed CSRF check, counted by the sign-in throttle).
 * Everything else must be untouched.
 */
export const REFUSAL_RECORDS: Record<string, string> = {
  audit_event: `action NOT LIKE 'auth.%'`,
  sign_in_attempt: 'false',
};

export type Fingerprint = Record<string, string>;

/** One query for every table of the public schema: row count and a checksum of the rows' text. */
export async function fingerprintQuery(ds: DataSource): Promise<string> {
  const tables = (
    await ds.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  ).map((r: { name: string }) => r.name) as string[];
  return tables
    .map((name) => {
      const where = REFUSAL_RECORDS[name] ? `WHERE ${REFUSAL_RECORDS[name]}` : '';
      return `SELECT '${name}' AS name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS fp FROM "${name}" t ${where}`;
    })
    .join(' UNION ALL ');
}

export async function fingerprint(ds: DataSource, sql: string): Promise<Fingerprint> {
  const rows = (await ds.query(sql)) as { name: string; fp: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.fp]));
}

export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

/**
 * Why a response breaks the contract, or null: never a 5xx, and every 4xx carries the error
 * body (`statusCode` equal to the status, a registered `code`, a `message`).
 */
export function responseProblem(status: number, body: string): string | null {
  if (status >= 500) return `answered ${status}: ${body.slice(0, 300)}`;
  if (status < 400) return null;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return `a ${status} without a JSON error body: ${body.slice(0, 200)}`;
  }
  if (parsed['statusCode'] !== status) return `a ${status} whose body says statusCode ${String(parsed['statusCode'])}`;
  const code = parsed['code'];
  if (typeof code !== 'string' || !(code in ERROR_CODES))
    return `a ${status} with an unregistered code ${String(code)}`;
  if (typeof parsed['message'] !== 'string' || parsed['message'] === '') return `a ${status} without a message`;
  return null;
}

/** Requests and answers per operation and persona, for the printed report. */
export class FuzzTally {
  private readonly rows = new Map<string, Map<string, Map<number, number>>>();

  add(operation: string, persona: string, status: number): void {
    let byPersona = this.rows.get(operation);
    if (!byPersona) this.rows.set(operation, (byPersona = new Map()));
    let byStatus = byPersona.get(persona);
    if (!byStatus) byPersona.set(persona, (byStatus = new Map()));
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }

  get total(): number {
    let n = 0;
    for (const p of this.rows.values()) for (const s of p.values()) for (const c of s.values()) n += c;
    return n;
  }

  report(): string {
    return [...this.rows.keys()].map((operation) => this.line(operation)).join('\n');
  }

  /** One operation's line of the report: requests per persona and their statuses. */
  line(operation: string): string {
    const byPersona = this.rows.get(operation) ?? new Map<string, Map<number, number>>();
    const parts = [...byPersona].map(([persona, byStatus]) => {
      const n = [...byStatus.values()].reduce((a, b) => a + b, 0);
      const statuses = [...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([s, c]) => `${s}×${c}`)
        .join(' ');
      return `${persona} ${n} (${statuses})`;
    });
    return `  ${operation.padEnd(50)} ${parts.join('; ')}`;
  }
}
