// The 5 December security summit, as the meetings demo: real institutions, fictional people and
// a fictional venue. Plain SQL (the seeding runs on a bare DataSource), idempotent by title.
import type { EntityManager } from 'typeorm';
import type { PollAnswer, RsvpStatus } from '@cumbre/contracts';
import type { DemoSeedContext, DemoSeedReport } from './demo-seed-step';

export const DEMO_SUMMIT_TITLE = 'Cumbre de Seguridad Ciudadana — Macro-región Norte';
export const DEMO_CONFLICT_TITLE = 'Sesión del Comité Regional de Seguridad Ciudadana de Piura';

/** Lima has no daylight saving: always UTC−05:00. */
const lima = (local: string) => new Date(`${local}-05:00`);

interface DemoInvitation {
  agency: string;
  rsvp: RsvpStatus;
  note?: string;
  respondedBy?: string;
  respondedAt?: string;
  delegates: string[];
}

const SUMMIT_INVITATIONS: DemoInvitation[] = [
  {
    agency: 'GR Piura',
    rsvp: 'accepted',
    note: 'Somos sede: la Gerencia de Seguridad Ciudadana coordina la logística.',
    respondedBy: 'presidencia.piura@cumbre.demo',
    respondedAt: '2026-11-21T10:15:00',
    delegates: ['presidencia.piura@cumbre.demo', 'staff.piura@cumbre.demo'],
  },
  {
    agency: 'GR La Libertad',
    rsvp: 'accepted',
    respondedBy: 'staff.lalibertad@cumbre.demo',
    respondedAt: '2026-11-21T16:40:00',
    delegates: ['presidencia.lalibertad@cumbre.demo', 'staff.lalibertad@cumbre.demo'],
  },
  {
    agency: 'GR Lambayeque',
    rsvp: 'accepted',
    respondedBy: 'enlace.norte@cumbre.demo',
    respondedAt: '2026-11-22T09:05:00',
    delegates: ['presidencia.lambayeque@cumbre.demo', 'enlace.norte@cumbre.demo'],
  },
  {
    agency: 'ANGR',
    rsvp: 'accepted',
    respondedBy: 'presidencia.angr@cumbre.demo',
    respondedAt: '2026-11-22T12:30:00',
    delegates: ['presidencia.angr@cumbre.demo'],
  },
  {
    agency: 'GR Tumbes',
    rsvp: 'tentative',
    note: 'Confirmaremos después de la sesión del consejo regional del 2 de diciembre.',
    respondedBy: 'presidencia.tumbes@cumbre.demo',
    respondedAt: '2026-11-23T18:00:00',
    delegates: ['presidencia.tumbes@cumbre.demo'],
  },
  {
    agency: 'GR Cajamarca',
    rsvp: 'declined',
    note: 'Coincide con la visita de la comisión ministerial a Cajamarca; enviaremos un informe escrito.',
    respondedBy: 'presidencia.cajamarca@cumbre.demo',
    respondedAt: '2026-11-24T08:20:00',
    delegates: [],
  },
  { agency: 'GR Áncash', rsvp: 'pending', delegates: [] },
];

/** Candidate dates of the concluded poll; the second became the summit. */
const POLL_SLOTS = [
  { startsAt: '2026-11-28T09:00:00', endsAt: '2026-11-28T17:00:00' },
  { startsAt: '2026-12-05T09:00:00', endsAt: '2026-12-05T17:00:00' },
  { startsAt: '2026-12-12T09:00:00', endsAt: '2026-12-12T17:00:00' },
];
const CHOSEN_SLOT = 1;

/** Answers per agency, one per slot above; Áncash never answered. */
const POLL_ANSWERS: Record<string, [PollAnswer, PollAnswer, PollAnswer, string]> = {
  'GR Piura': ['no', 'yes', 'yes', 'staff.piura@cumbre.demo'],
  'GR La Libertad': ['yes', 'yes', 'if_need_be', 'staff.lalibertad@cumbre.demo'],
  'GR Lambayeque': ['no', 'yes', 'yes', 'enlace.norte@cumbre.demo'],
  ANGR: ['yes', 'if_need_be', 'yes', 'presidencia.angr@cumbre.demo'],
  'GR Tumbes': ['if_need_be', 'yes', 'no', 'presidencia.tumbes@cumbre.demo'],
  'GR Cajamarca': ['yes', 'no', 'yes', 'presidencia.cajamarca@cumbre.demo'],
};

export async function seedDemoMeetings(manager: EntityManager, ctx: DemoSeedContext): Promise<DemoSeedReport> {
  const report = await insertDemoMeetings(manager, ctx);
  report['status updates'] = await followTheClock(manager, ctx);
  return report;
}

/**
 * The demo keeps the summit's real date, so its meetings move on with the calendar: once a demo
 * meeting has begun it is in progress, once it has ended it is concluded (its poll was closed
 * by the pick). Only scheduled or in-progress demo meetings move; a cancelled one stays.
 */
async function followTheClock(manager: EntityManager, ctx: DemoSeedContext): Promise<number> {
  // As a SELECT over the UPDATE's rows: TypeORM answers a bare UPDATE with [rows, count].
  const [{ n }]: { n: number }[] = await manager.query(
    `WITH moved AS (
       UPDATE meeting
          SET status = CASE WHEN ends_at <= $1 THEN 'concluded' ELSE 'in_progress' END,
              version = version + 1, sequence = sequence + 1
        WHERE title = ANY($2) AND host_agency_id = $3 AND starts_at <= $1
          AND (status = 'scheduled' OR (status = 'in_progress' AND ends_at <= $1))
        RETURNING id)
     SELECT count(*)::int AS n FROM moved`,
    [ctx.now, [DEMO_SUMMIT_TITLE, DEMO_CONFLICT_TITLE], ctx.agencyId('GR Piura')],
  );
  return n;
}

async function insertDemoMeetings(manager: EntityManager, ctx: DemoSeedContext): Promise<DemoSeedReport> {
  const report = { meetings: 0, invitations: 0, delegates: 0, 'poll slots': 0, 'poll answers': 0 };
  const existing: { id: string }[] = await manager.query(
    'SELECT id FROM meeting WHERE title = $1 AND host_agency_id = $2',
    [DEMO_SUMMIT_TITLE, ctx.agencyId('GR Piura')],
  );
  if (existing.length > 0) return report;

  const summitId = await insertMeeting(manager, {
    title: DEMO_SUMMIT_TITLE,
    description:
      'Cumbre de gobernadores regionales del norte, la PCM y la ANGR para coordinar la respuesta a la extorsión, ' +
      'el secuestro y los delitos en la vía pública: experiencias que funcionan, intercambio de información y un ' +
      'plan de acción común con responsables y plazos.',
    host: ctx.agencyId('GR Piura'),
    convener: ctx.userId('presidencia.pcm@cumbre.demo'),
    startsAt: lima('2026-12-05T09:00:00'),
    endsAt: lima('2026-12-05T17:00:00'),
    venue: ['Centro de Convenciones Miraflores del Norte', 'Av. Los Tallanes 1450, Urb. Miraflores', 'Piura'],
    visibility: 'public',
    // Draft, then the poll pick that scheduled it.
    sequence: 1,
  });
  report.meetings++;
  for (const inv of SUMMIT_INVITATIONS) {
    const delegates = await insertInvitation(manager, ctx, summitId, inv, 'presidencia.pcm@cumbre.demo');
    report.invitations++;
    report.delegates += delegates;
  }

  const [poll]: { id: string }[] = await manager.query(
    `INSERT INTO meeting_poll (meeting_id, deadline, created_by_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
    [summitId, lima('2026-11-25T23:59:00'), ctx.userId('presidencia.pcm@cumbre.demo'), lima('2026-11-18T11:00:00')],
  );
  const slotIds: string[] = [];
  for (const [position, slot] of POLL_SLOTS.entries()) {
    const [row]: { id: string }[] = await manager.query(
      'INSERT INTO meeting_poll_slot (poll_id, starts_at, ends_at, position) VALUES ($1, $2, $3, $4) RETURNING id',
      [poll.id, lima(slot.startsAt), lima(slot.endsAt), position],
    );
    slotIds.push(row.id);
    report['poll slots']++;
  }
  for (const [agency, [a0, a1, a2, by]] of Object.entries(POLL_ANSWERS)) {
    for (const [i, answer] of [a0, a1, a2].entries()) {
      await manager.query(
        `INSERT INTO meeting_poll_answer (slot_id, organization_id, poll_id, answer, answered_by_id, answered_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [slotIds[i], ctx.agencyId(agency), poll.id, answer, ctx.userId(by), lima('2026-11-20T12:00:00')],
      );
      report['poll answers']++;
    }
  }
  await manager.query('UPDATE meeting_poll SET chosen_slot_id = $2 WHERE id = $1', [poll.id, slotIds[CHOSEN_SLOT]]);

  // Piura's own committee meets the same afternoon and shares a delegate (and the host) with
  // the summit: the conflict the demo shows.
  const committeeId = await insertMeeting(manager, {
    title: DEMO_CONFLICT_TITLE,
    description: 'Sesión ordinaria del CORESEC Piura: seguimiento del plan regional contra la extorsión.',
    host: ctx.agencyId('GR Piura'),
    convener: ctx.userId('presidencia.piura@cumbre.demo'),
    startsAt: lima('2026-12-05T16:00:00'),
    endsAt: lima('2026-12-05T18:00:00'),
    venue: ['Sede del Gobierno Regional de Piura, sala 2', 'Av. San Ramón s/n, Urb. San Eduardo', 'Piura'],
    visibility: 'internal',
    sequence: 0,
  });
  report.meetings++;
  const committeeInvitations: DemoInvitation[] = [
    {
      agency: 'GR Piura',
      rsvp: 'accepted',
      respondedBy: 'presidencia.piura@cumbre.demo',
      respondedAt: '2026-11-19T09:00:00',
      delegates: ['staff.piura@cumbre.demo'],
    },
    { agency: 'CORESEC Piura', rsvp: 'pending', delegates: [] },
    { agency: 'RegPol Piura', rsvp: 'pending', delegates: [] },
  ];
  for (const inv of committeeInvitations) {
    report.delegates += await insertInvitation(manager, ctx, committeeId, inv, 'presidencia.piura@cumbre.demo');
    report.invitations++;
  }
  return report;
}

interface DemoMeeting {
  title: string;
  description: string;
  host: string;
  convener: string;
  startsAt: Date;
  endsAt: Date;
  venue: [string, string, string];
  visibility: 'internal' | 'public';
  sequence: number;
}

async function insertMeeting(manager: EntityManager, m: DemoMeeting): Promise<string> {
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO meeting (title, description, host_agency_id, convener_id, starts_at, ends_at, time_zone,
                          venue_name, venue_address, venue_city, visibility, status, sequence, version)
     VALUES ($1, $2, $3, $4, $5, $6, 'America/Lima', $7, $8, $9, $10, 'scheduled', $11, 1) RETURNING id`,
    [m.title, m.description, m.host, m.convener, m.startsAt, m.endsAt, ...m.venue, m.visibility, m.sequence],
  );
  return row.id;
}

async function insertInvitation(
  manager: EntityManager,
  ctx: DemoSeedContext,
  meetingId: string,
  inv: DemoInvitation,
  invitedBy: string,
): Promise<number> {
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO meeting_invitation (meeting_id, organization_id, rsvp, note, responded_at, responded_by_id, invited_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      meetingId,
      ctx.agencyId(inv.agency),
      inv.rsvp,
      inv.note ?? null,
      inv.respondedAt ? lima(inv.respondedAt) : null,
      inv.respondedBy ? ctx.userId(inv.respondedBy) : null,
      ctx.userId(invitedBy),
    ],
  );
  for (const email of inv.delegates) {
    await manager.query('INSERT INTO meeting_delegate (invitation_id, user_id, meeting_id) VALUES ($1, $2, $3)', [
      row.id,
      ctx.userId(email),
      meetingId,
    ]);
  }
  return inv.delegates.length;
}
