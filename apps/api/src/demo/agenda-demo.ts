// The agenda of the 5 December summit: opening by the President of the Council of Ministers, a
// presentation per region on extortion and contract killing, intelligence sharing, the joint
// plan, closing; published as version 1, with minutes, decisions and action items, the minutes
// published on the evening of the summit once the clock has passed it. Plain SQL (the seeding
// runs on a bare DataSource), idempotent: nothing is added once the agenda exists.
import type { EntityManager } from 'typeorm';
import type { ActionItemStatus, AgendaItemKind, AgendaSnapshot, AgendaSnapshotItem } from '@cumbre/contracts';
import type { DemoSeedContext, DemoSeedReport } from './demo-seed-step';
import { DEMO_SUMMIT_TITLE } from './meetings-demo';

interface DemoItem {
  key: string;
  kind: AgendaItemKind;
  title: string;
  description?: string;
  agency?: string;
  presenter?: string;
  minutes: number;
  children?: DemoItem[];
}

const presentation = (agency: string, presenter: string, region: string): DemoItem => ({
  key: agency,
  kind: 'presentation',
  title: `${region}: extorsión y sicariato, situación y respuesta`,
  description: `Cifras del último semestre, modalidades de **extorsión** y **sicariato** en ${region}, y lo que ha funcionado.`,
  agency,
  presenter,
  minutes: 25,
});

export const DEMO_AGENDA: DemoItem[] = [
  {
    key: 'opening',
    kind: 'information',
    title: 'Apertura e instalación de la cumbre',
    description: 'Palabras del Presidente del Consejo de Ministros y de la gobernadora regional de Piura (sede).',
    agency: 'PCM',
    presenter: 'presidencia.pcm@cumbre.demo',
    minutes: 20,
  },
  {
    key: 'regions',
    kind: 'section',
    title: 'Situación regional: extorsión y sicariato',
    minutes: 100,
    children: [
      presentation('GR Piura', 'presidencia.piura@cumbre.demo', 'Piura'),
      presentation('GR La Libertad', 'presidencia.lalibertad@cumbre.demo', 'La Libertad'),
      presentation('GR Lambayeque', 'presidencia.lambayeque@cumbre.demo', 'Lambayeque'),
      presentation('GR Tumbes', 'presidencia.tumbes@cumbre.demo', 'Tumbes'),
    ],
  },
  { key: 'break', kind: 'information', title: 'Receso', minutes: 15 },
  {
    key: 'intelligence',
    kind: 'discussion',
    title: 'Intercambio de información e inteligencia entre regiones',
    description: 'Qué compartir, en qué plazo y por qué canal; el rol de la ANGR como articuladora.',
    agency: 'ANGR',
    presenter: 'presidencia.angr@cumbre.demo',
    minutes: 60,
  },
  { key: 'lunch', kind: 'information', title: 'Almuerzo de trabajo', minutes: 60 },
  {
    key: 'plan',
    kind: 'decision',
    title: 'Plan de acción conjunto contra la extorsión y el sicariato',
    description: 'Compromisos por institución, con responsables y plazos.',
    agency: 'PCM',
    presenter: 'presidencia.pcm@cumbre.demo',
    minutes: 90,
  },
  {
    key: 'closing',
    kind: 'information',
    title: 'Conclusiones y clausura',
    agency: 'GR Piura',
    presenter: 'presidencia.piura@cumbre.demo',
    minutes: 20,
  },
];

const NOTES: Record<string, string> = {
  intelligence:
    'Las regiones coinciden en que la información llega tarde. Se propone un **protocolo de 48 horas** para ' +
    'compartir alertas de extorsión entre gerencias de seguridad ciudadana y la PNP.',
  plan: 'Se revisaron los compromisos por institución. Cajamarca enviará su informe por escrito.',
};

const DECISIONS: { item: string; text: string; endorsers: string[] }[] = [
  {
    item: 'intelligence',
    text: 'Adoptar un protocolo para compartir alertas de extorsión entre regiones en un plazo máximo de 48 horas.',
    endorsers: ['GR Piura', 'GR La Libertad', 'GR Lambayeque', 'ANGR'],
  },
  {
    item: 'plan',
    text: 'Crear la Mesa Macro-regional Norte contra la extorsión y el sicariato, con sesiones mensuales.',
    endorsers: ['GR Piura', 'GR La Libertad', 'GR Lambayeque', 'GR Tumbes', 'ANGR'],
  },
];

const ACTIONS: { item: string; what: string; agency: string; owner?: string; due: string; status: ActionItemStatus }[] =
  [
    {
      item: 'plan',
      what: 'Instalar la mesa técnica regional contra la extorsión en Piura',
      agency: 'GR Piura',
      owner: 'staff.piura@cumbre.demo',
      due: '2027-01-15',
      status: 'in_progress',
    },
    {
      item: 'intelligence',
      what: 'Compartir el mapa del delito de extorsión con las regiones vecinas',
      agency: 'GR La Libertad',
      owner: 'staff.lalibertad@cumbre.demo',
      due: '2026-12-20',
      status: 'open',
    },
    {
      item: 'intelligence',
      what: 'Designar un enlace de inteligencia ante la mesa macro-regional',
      agency: 'GR Lambayeque',
      owner: 'enlace.norte@cumbre.demo',
      due: '2026-12-12',
      status: 'done',
    },
    {
      item: 'plan',
      what: 'Presentar el plan conjunto en la sesión del Consejo de Estado Regional',
      agency: 'ANGR',
      owner: 'presidencia.angr@cumbre.demo',
      due: '2027-01-31',
      status: 'open',
    },
  ];

const CONVENER = 'presidencia.pcm@cumbre.demo';
const SECRETARY = 'staff.piura@cumbre.demo';
const lima = (local: string) => new Date(`${local}-05:00`);

interface DemoSummitRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
}

/**
 * When the demo's convener published the summit's minutes: that evening, beside the joint plan's
 * announcement (public-demo.ts, 18:00). Before it, the minutes are open, as a secretary left them.
 */
export const DEMO_MINUTES_PUBLISHED_AT = lima('2026-12-05T19:00:00');

export async function seedDemoAgenda(manager: EntityManager, ctx: DemoSeedContext): Promise<DemoSeedReport> {
  const report = { 'agenda items': 0, 'agenda versions': 0, decisions: 0, 'action items': 0, 'minutes published': 0 };
  const [summit]: DemoSummitRow[] = await manager.query(
    'SELECT id, starts_at, ends_at, time_zone FROM meeting WHERE title = $1 AND host_agency_id = $2',
    [DEMO_SUMMIT_TITLE, ctx.agencyId('GR Piura')],
  );
  if (!summit) return report;
  const existing: unknown[] = await manager.query('SELECT 1 FROM agenda WHERE meeting_id = $1', [summit.id]);
  if (existing.length === 0) await insertDemoAgenda(manager, ctx, summit, report);
  report['minutes published'] = await publishMinutesOnTime(manager, summit.id, ctx.now);
  return report;
}

/**
 * The demo follows the clock (as the summit's status does, meetings-demo.ts): once the summit is
 * concluded and the evening of 5 December has passed, its minutes are published, so that the
 * public meeting page shows what was decided. Never undone: published minutes stay published.
 */
async function publishMinutesOnTime(manager: EntityManager, summitId: string, now: Date): Promise<number> {
  if (now < DEMO_MINUTES_PUBLISHED_AT) return 0;
  const [{ n }]: { n: number }[] = await manager.query(
    `WITH published AS (
       UPDATE agenda a SET minutes_published_at = $2, version = a.version + 1, updated_at = $3
         FROM meeting m
        WHERE a.meeting_id = m.id AND m.id = $1 AND m.status = 'concluded' AND a.minutes_published_at IS NULL
        RETURNING a.id)
     SELECT count(*)::int AS n FROM published`,
    [summitId, DEMO_MINUTES_PUBLISHED_AT, now],
  );
  return n;
}

async function insertDemoAgenda(
  manager: EntityManager,
  ctx: DemoSeedContext,
  summit: DemoSummitRow,
  report: DemoSeedReport,
): Promise<void> {
  const [{ id: agendaId }]: { id: string }[] = await manager.query(
    `INSERT INTO agenda (meeting_id, status, published_version_no, secretary_user_id, version)
     VALUES ($1, 'published', 1, $2, 1) RETURNING id`,
    [summit.id, ctx.userId(SECRETARY)],
  );
  const ids = new Map<string, string>();
  const snapshot: AgendaSnapshotItem[] = [];
  const insert = async (item: DemoItem, parentId: string | null, position: number) => {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO agenda_item (agenda_id, parent_id, kind, position, title, description, presenter_agency_id,
                                presenter_user_id, planned_minutes, proposal_status, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'accepted', 1) RETURNING id`,
      [
        agendaId,
        parentId,
        item.kind,
        position,
        item.title,
        item.description ?? '',
        item.agency ? ctx.agencyId(item.agency) : null,
        item.presenter ? ctx.userId(item.presenter) : null,
        item.minutes,
      ],
    );
    ids.set(item.key, row.id);
    report['agenda items']++;
    snapshot.push({
      id: row.id,
      parentId,
      position,
      kind: item.kind,
      title: item.title,
      description: item.description ?? '',
      presenterAgency: item.agency ? await agencySummary(manager, ctx.agencyId(item.agency)) : null,
      presenter: item.presenter ? await person(manager, ctx.userId(item.presenter)) : null,
      plannedMinutes: item.minutes,
    });
    for (const [i, child] of (item.children ?? []).entries()) await insert(child, row.id, i);
  };
  for (const [i, item] of DEMO_AGENDA.entries()) await insert(item, null, i);

  const frozen: AgendaSnapshot = {
    meetingStartsAt: summit.starts_at.toISOString(),
    meetingEndsAt: summit.ends_at.toISOString(),
    timeZone: summit.time_zone,
    items: snapshot,
  };
  await manager.query(
    `INSERT INTO agenda_version (agenda_id, number, snapshot, published_by_id, published_at) VALUES ($1, 1, $2, $3, $4)`,
    [agendaId, JSON.stringify(frozen), ctx.userId(CONVENER), lima('2026-11-28T18:00:00')],
  );
  report['agenda versions']++;

  for (const [key, notes] of Object.entries(NOTES)) {
    await manager.query(
      `INSERT INTO agenda_item_minutes (item_id, notes, updated_by_id, version) VALUES ($1, $2, $3, 1)`,
      [ids.get(key), notes, ctx.userId(SECRETARY)],
    );
  }
  for (const d of DECISIONS) {
    await manager.query(
      `INSERT INTO decision (item_id, text, endorsed_agency_ids, created_by_id, version) VALUES ($1, $2, $3, $4, 1)`,
      [ids.get(d.item), d.text, d.endorsers.map((a) => ctx.agencyId(a)), ctx.userId(SECRETARY)],
    );
    report.decisions++;
  }
  for (const a of ACTIONS) {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO action_item (item_id, meeting_id, what, owner_agency_id, owner_user_id, due_date, status, created_by_id, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) RETURNING id`,
      [
        ids.get(a.item),
        summit.id,
        a.what,
        ctx.agencyId(a.agency),
        a.owner ? ctx.userId(a.owner) : null,
        a.due,
        a.status,
        ctx.userId(SECRETARY),
      ],
    );
    await manager.query(
      `INSERT INTO action_item_event (action_item_id, kind, to_status, actor_id) VALUES ($1, 'created', 'open', $2)`,
      [row.id, ctx.userId(SECRETARY)],
    );
    if (a.status !== 'open') {
      await manager.query(
        `INSERT INTO action_item_event (action_item_id, kind, from_status, to_status, actor_id) VALUES ($1, 'status', 'open', $2, $3)`,
        [row.id, a.status, a.owner ? ctx.userId(a.owner) : ctx.userId(SECRETARY)],
      );
    }
    report['action items']++;
  }
}

async function agencySummary(manager: EntityManager, id: string) {
  const [a]: { id: string; name: string; short_name: string; kind: string; iso_code: string | null }[] =
    await manager.query('SELECT id, name, short_name, kind, iso_code FROM organization WHERE id = $1', [id]);
  return { id: a.id, name: a.name, shortName: a.short_name, kind: a.kind as never, isoCode: a.iso_code };
}

async function person(manager: EntityManager, id: string) {
  const [u]: { id: string; display_name: string }[] = await manager.query(
    'SELECT id, display_name FROM app_user WHERE id = $1',
    [id],
  );
  return { id: u.id, displayName: u.display_name };
}
