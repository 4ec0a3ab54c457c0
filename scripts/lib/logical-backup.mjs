// Backups written by Node itself, for machines without a pg_dump as new as the server (a fresh
// machine has none; the embedded PostgreSQL is 18 and ships no client tools).
//
// The file is gzip'd text: a JSON header line (format, the applied migrations, the tables), then
// per table a `-- {"table":…,"columns":[…]}` line, its rows in COPY's text format (one line a
// row: COPY escapes tabs and newlines) and a `\.` line. The schema is not in the file: restore
// rebuilds it by running the app's own migrations, those the backup had, in the same transaction
// as the data, and a newer app applies its later ones on its next start.
import { createReadStream, createWriteStream, openSync, readSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

const FORMAT = 'cumbre-logical-backup';
const MIGRATIONS_TABLE = 'typeorm_migrations';

/** True when the file is one of ours (gzip), false for pg_dump's custom format (PGDMP). */
export function isLogicalBackup(file) {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

async function connect(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function copyStreams() {
  const { to, from } = await import('pg-copy-streams');
  return { copyTo: to, copyFrom: from };
}

/** The tables of the public schema and their stored (not generated) columns, in name order. */
async function tablesOf(client) {
  const { rows } = await client.query(`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p')
     GROUP BY c.relname
     ORDER BY c.relname`);
  return rows;
}

const columnList = (client, columns) => columns.map((c) => client.escapeIdentifier(c)).join(', ');

async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Writes a backup of every table of `url`'s public schema, from one consistent snapshot. */
export async function writeLogicalBackup(url, file) {
  const { copyTo } = await copyStreams();
  const client = await connect(url);
  const gzip = createGzip();
  const out = createWriteStream(file);
  gzip.pipe(out);
  const counts = {};
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesOf(client);
    const migrations = tables.some((t) => t.name === MIGRATIONS_TABLE)
      ? (await client.query(`SELECT "timestamp"::text, name FROM ${MIGRATIONS_TABLE} ORDER BY id`)).rows
      : [];
    const { rows: version } = await client.query('SHOW server_version');
    const header = {
      format: FORMAT,
      version: 1,
      server: version[0].server_version,
      migrations,
      tables: tables.map((t) => t.name),
    };
    await write(gzip, `${JSON.stringify(header)}\n`);
    for (const { name, columns } of tables) {
      await write(gzip, `-- ${JSON.stringify({ table: name, columns })}\n`);
      const source = client.query(
        copyTo(`COPY ${client.escapeIdentifier(name)} (${columnList(client, columns)}) TO STDOUT`),
      );
      let rows = 0;
      for await (const chunk of source) {
        for (const byte of chunk) if (byte === 0x0a) rows++;
        await write(gzip, chunk);
      }
      counts[name] = rows;
      await write(gzip, '\\.\n');
    }
    await client.query('COMMIT');
  } finally {
    gzip.end();
    await finished(out);
    await client.end();
  }
  return counts;
}

/** The app's migrations, in order, loaded from their TypeScript source through ts-node. */
function appMigrations(root) {
  const require = createRequire(resolve(root, 'package.json'));
  require('ts-node').register({ transpileOnly: true, project: resolve(root, 'apps/api/tsconfig.app.json') });
  return require(resolve(root, 'apps/api/src/database/migrations/index.ts')).migrations;
}

/**
 * Replaces the contents of `url`'s public schema with the backup, in one transaction: the schema
 * is dropped, rebuilt by the migrations the backup was made at, and filled. Foreign keys are
 * set aside during the load (a table may refer to itself) and must hold again at the end.
 */
export async function restoreLogicalBackup(url, file, root) {
  const { copyFrom } = await copyStreams();
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? undefined : JSON.parse(first.value);
  if (header?.format !== FORMAT) throw new Error(`${file} is not a Cumbre backup`);

  const known = new Map(appMigrations(root).map((M) => [new M().name ?? M.name, M]));
  const needed = header.migrations.map((m) => {
    const M = known.get(m.name);
    if (!M) throw new Error(`the backup was made by a newer Cumbre (migration ${m.name} is unknown here)`);
    return M;
  });

  const client = await connect(url);
  const counts = {};
  try {
    await client.query('BEGIN');
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
    // What TypeORM's migration runner would create, then the backup's rows fill it.
    await client.query(
      `CREATE TABLE ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name character varying NOT NULL)`,
    );
    const runner = { query: async (sql, params) => (await client.query(sql, params)).rows };
    for (const M of needed) await new M().up(runner);

    const { rows: foreignKeys } = await client.query(`
      SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`);
    for (const fk of foreignKeys)
      await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${client.escapeIdentifier(fk.name)}`);

    let sink;
    let table;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (!sink) {
        if (!line.startsWith('-- '))
          throw new Error(`${file} is damaged (expected a table, found ${line.slice(0, 40)})`);
        const { table: name, columns } = JSON.parse(line.slice(3));
        table = name;
        counts[table] = 0;
        // Rows a migration seeds (a one-row watermark, say) give way to the backup's own.
        await client.query(`DELETE FROM ${client.escapeIdentifier(name)}`);
        sink = client.query(
          copyFrom(`COPY ${client.escapeIdentifier(name)} (${columnList(client, columns)}) FROM STDIN`),
        );
      } else if (line === '\\.') {
        sink.end();
        await finished(sink);
        sink = undefined;
      } else {
        counts[table]++;
        await write(sink, `${line}\n`);
      }
    }
    if (sink) throw new Error(`${file} is cut short (in table ${table})`);

    for (const fk of foreignKeys) {
      await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${client.escapeIdentifier(fk.name)} ${fk.def}`);
    }
    // Sequences continue after the restored rows.
    await client.query(`
      DO $$ DECLARE s record; BEGIN
        FOR s IN SELECT d.refobjid::regclass AS tbl, a.attname AS col, d.objid::regclass AS seq
                   FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                  WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                    AND d.objid IN (SELECT oid FROM pg_class WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace)
        LOOP
          EXECUTE format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %s), 0) + 1, false)', s.seq, s.col, s.tbl);
        END LOOP;
      END $$`);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  return { counts, migrations: needed.length };
}
