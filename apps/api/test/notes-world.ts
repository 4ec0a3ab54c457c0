import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { CreateNoteRequest, MembershipRole, NoteDto, TlpLevel } from '@cumbre/contracts';
import { AuthHeaders, bearerFor } from './demo-sessions';
import { createTestAgency, createTestUser, TEST_PASSWORD, unique } from './identity-fixtures';

// A small world of its own for the notes specs: agencies, a sharing group and people made for the
// spec (unique names), so that specs on one database never see each other's notes by accident.

export interface NotesPerson {
  id: string;
  email: string;
  headers: AuthHeaders;
}

export interface NotesWorld {
  /** Author agency, a fellow group member, an outsider. */
  a: string;
  b: string;
  c: string;
  group: string;
  person(key: string): NotesPerson;
}

export type PersonSpec = {
  platformRoles?: ('admin' | 'moderator')[];
  memberships: { agency: 'a' | 'b' | 'c'; role: MembershipRole; clearance: TlpLevel }[];
};

export async function createNotesWorld(
  app: NestFastifyApplication,
  people: Record<string, PersonSpec>,
): Promise<NotesWorld> {
  const [a, b, c] = [await createTestAgency(app), await createTestAgency(app), await createTestAgency(app)];
  const ds = app.get(DataSource);
  const [{ id: group }]: { id: string }[] = await ds.query(
    `INSERT INTO sharing_group (name, description, version) VALUES ($1, '', 1) RETURNING id`,
    [unique('Grupo de notas')],
  );
  await ds.query(`INSERT INTO sharing_group_member (sharing_group_id, organization_id) VALUES ($1, $2), ($1, $3)`, [
    group,
    a,
    b,
  ]);
  const agencies = { a, b, c };
  const made = new Map<string, NotesPerson>();
  for (const [key, spec] of Object.entries(people)) {
    const user = await createTestUser(app, {
      platformRoles: spec.platformRoles ?? [],
      displayName: `Persona ${key}`,
      memberships: spec.memberships.map((m) => ({
        agencyId: agencies[m.agency],
        role: m.role,
        clearance: m.clearance,
      })),
    });
    made.set(key, { id: user.id, email: user.email, headers: await bearerFor(app, user.email, TEST_PASSWORD) });
  }
  return {
    a,
    b,
    c,
    group,
    person(key) {
      const p = made.get(key);
      if (!p) throw new Error(`no person ${key} in this notes world`);
      return p;
    },
  };
}

export async function createNote(
  app: NestFastifyApplication,
  headers: AuthHeaders,
  body: Partial<CreateNoteRequest> & Pick<CreateNoteRequest, 'authorAgencyId'>,
): Promise<NoteDto> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/notes',
    headers,
    payload: { kind: 'intelligence', title: unique('Nota'), body: 'Texto.', status: 'shared', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`create note: ${res.statusCode} ${res.body}`);
  return res.json() as NoteDto;
}
