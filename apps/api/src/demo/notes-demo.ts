// Knowledge notes for the demo: best practices every member reads (Trujillo's extortion hotline,
// Piura's neighbourhood patrols with the police, …) and intelligence notes at every marking and
// distribution, so that each `npm start` persona sees a different library. Plain SQL (the seeding
// runs on a bare DataSource), idempotent by title. All people and facts are fictional.
import type { EntityManager } from 'typeorm';
import type { NoteDistribution, NoteKind, NotePlace, TlpLevel } from '@cumbre/contracts';
import { markdownToPlainText, renderMarkdown } from '../common/markdown';
import type { DemoSeedContext, DemoSeedReport } from './demo-seed-step';

interface DemoNote {
  kind: NoteKind;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  places: NotePlace[];
  author: string;
  agency: string;
  status?: 'draft' | 'shared';
  isPublic?: boolean;
  marking?: TlpLevel;
  distribution?: NoteDistribution;
  group?: string;
  recipients?: string[];
  endorsedBy?: string[];
}

const place = (regionCode: string, city: string | null = null, province: string | null = city): NotePlace => ({
  regionCode,
  province,
  city,
});

export const DEMO_NOTES: DemoNote[] = [
  {
    kind: 'best_practice',
    title: 'Central telefónica contra la extorsión en Trujillo',
    summary:
      'Una línea única, atendida las 24 horas con la Policía, para denunciar cobros de cupos a transportistas y comerciantes.',
    body: `## Qué hicimos\n\nEl Gobierno Regional de La Libertad abrió una **central telefónica** atendida las 24 horas por operadores y un enlace de la División de Investigación Criminal. Cada llamada por **extorsión** genera un caso con número, y la víctima recibe el nombre del agente a cargo.\n\n## Resultados\n\n- Más denuncias de transportistas en los primeros tres meses.\n- Respuesta en menos de una hora a las amenazas con explosivos.\n\n## Lo que recomendamos\n\n1. Un solo número, difundido en paraderos y mercados.\n2. Protocolo escrito con la fiscalía desde el primer día.`,
    tags: ['extorsión', 'transporte', 'denuncia'],
    places: [place('PE-LAL', 'Trujillo')],
    author: 'staff.lalibertad@cumbre.demo',
    agency: 'GR La Libertad',
    isPublic: true,
    endorsedBy: ['GR Piura', 'GR Lambayeque'],
  },
  {
    kind: 'best_practice',
    title: 'Patrullaje vecinal con la Policía en Piura',
    summary: 'Juntas vecinales y comisarías patrullan juntas con un plan por cuadrante y reuniones semanales.',
    body: `Las **juntas vecinales** de Castilla y Veintiséis de Octubre salen con la comisaría del sector según un plan por cuadrante. Cada semana se revisan los robos y arrebatos en la vía pública y se mueve el patrullaje a donde ocurrieron.\n\n> La clave fue que la comisaría comparta el mapa del delito con las juntas.`,
    tags: ['patrullaje', 'seguridad ciudadana', 'delitos en la vía pública'],
    places: [place('PE-PIU', 'Piura')],
    author: 'staff.piura@cumbre.demo',
    agency: 'GR Piura',
    isPublic: true,
    endorsedBy: ['GR La Libertad'],
  },
  {
    kind: 'best_practice',
    title: 'Mesa fiscal contra el sicariato en Chiclayo',
    summary: 'Fiscalía, Policía y Gobierno Regional revisan juntos cada caso de sicariato en una mesa quincenal.',
    body: `Una **mesa quincenal** con la fiscalía especializada y la Policía revisa cada caso de **sicariato**: quién encargó, quién cobró y qué rutas usan los sicarios. El gobierno regional aporta cámaras y datos de transporte.`,
    tags: ['sicariato', 'fiscalía'],
    places: [place('PE-LAM', 'Chiclayo')],
    author: 'presidencia.lambayeque@cumbre.demo',
    agency: 'GR Lambayeque',
  },
  {
    kind: 'best_practice',
    title: 'Alumbrado y cámaras en los paraderos de Chimbote',
    summary: 'Paraderos iluminados y con cámaras redujeron los robos al paso de noche.',
    body: 'Iluminamos los **paraderos** de la avenida principal y conectamos sus cámaras a la central de serenazgo.',
    tags: ['delitos en la vía pública', 'videovigilancia'],
    places: [place('PE-ANC', 'Chimbote', 'Santa')],
    author: 'presidencia.ancash@cumbre.demo',
    agency: 'GR Áncash',
  },
  {
    kind: 'best_practice',
    title: 'Protocolo de atención a víctimas de secuestro (borrador)',
    summary: 'Primer borrador, aún no compartido.',
    body: 'Borrador del protocolo: contacto con la familia, negociación y acompañamiento psicológico.',
    tags: ['secuestro'],
    places: [place('PE-PIU', 'Piura')],
    author: 'staff.piura@cumbre.demo',
    agency: 'GR Piura',
    status: 'draft',
  },
  {
    kind: 'intelligence',
    title: 'Préstamos «gota a gota» como puerta de entrada a la extorsión',
    summary: 'Modalidad observada en toda la macro-región: prestamistas informales que luego cobran cupos.',
    body: 'Los prestamistas informales identifican a comerciantes con deudas y, tras el préstamo, exigen **cupos** semanales bajo amenaza.',
    tags: ['extorsión', 'préstamos'],
    places: [place('PE-PIU'), place('PE-LAM'), place('PE-LAL')],
    author: 'enlace.norte@cumbre.demo',
    agency: 'ANGR',
    marking: 'GREEN',
    distribution: 'all_agencies',
  },
  {
    kind: 'intelligence',
    title: 'Red de sicarios entre Trujillo y Chimbote',
    summary: 'Una misma red recibe encargos en ambas ciudades y usa motos robadas en Piura.',
    body: 'Cruce de casos de **sicariato** de los últimos seis meses: los mismos alias aparecen en Trujillo y Chimbote.',
    tags: ['sicariato', 'crimen organizado'],
    places: [place('PE-LAL', 'Trujillo'), place('PE-ANC', 'Chimbote', 'Santa')],
    author: 'analista.lalibertad@cumbre.demo',
    agency: 'GR La Libertad',
    marking: 'AMBER',
    distribution: 'sharing_group',
    group: 'Macro-región Norte',
  },
  {
    kind: 'intelligence',
    title: 'Fuentes en el terminal terrestre de Trujillo',
    summary: 'Solo para el Gobierno Regional de La Libertad.',
    body: 'Relación de contactos que informan sobre cobros de cupos a las empresas de transporte interprovincial.',
    tags: ['extorsión', 'fuentes'],
    places: [place('PE-LAL', 'Trujillo')],
    author: 'analista.lalibertad@cumbre.demo',
    agency: 'GR La Libertad',
    marking: 'AMBER',
    distribution: 'agency_only',
  },
  {
    kind: 'intelligence',
    title: 'Cobro de cupos a mototaxis en Sullana',
    summary: 'Para las instituciones de seguridad ciudadana de Piura.',
    body: 'Una banda cobra cupos diarios a los **mototaxistas** de Sullana; los pagos se hacen por billetera digital.',
    tags: ['extorsión', 'mototaxis'],
    places: [place('PE-PIU', 'Sullana')],
    author: 'analista.piura@cumbre.demo',
    agency: 'GR Piura',
    marking: 'AMBER',
    distribution: 'sharing_group',
    group: 'Seguridad Ciudadana Piura',
  },
  {
    kind: 'intelligence',
    title: 'Infiltración en la obra del hospital regional de Piura',
    summary: 'AMBER+STRICT: solo el Gobierno Regional de Piura.',
    body: 'Indicios de que una organización criminal exige cupos a la contratista de la obra.',
    tags: ['extorsión', 'construcción'],
    places: [place('PE-PIU', 'Piura')],
    author: 'analista.piura@cumbre.demo',
    agency: 'GR Piura',
    marking: 'AMBER+STRICT',
    distribution: 'sharing_group',
    group: 'Macro-región Norte',
  },
  {
    kind: 'intelligence',
    title: 'Plan de secuestro de un empresario en Chiclayo',
    summary: 'TLP:RED: solo los destinatarios nombrados.',
    body: 'Información de una fuente sobre un plan de **secuestro**; se comparte solo con la analista de Lambayeque.',
    tags: ['secuestro'],
    places: [place('PE-LAM', 'Chiclayo')],
    author: 'analista.piura@cumbre.demo',
    agency: 'GR Piura',
    marking: 'RED',
    distribution: 'agency_only',
    recipients: ['analista.lambayeque@cumbre.demo'],
  },
  {
    kind: 'intelligence',
    title: 'Robos al paso en el centro de Tumbes: horarios y zonas',
    summary: 'Mapa de calor de arrebatos del último trimestre, para toda la macro-región.',
    body: 'Los arrebatos se concentran entre las 18:00 y las 21:00 en el malecón y el mercado.',
    tags: ['delitos en la vía pública'],
    places: [place('PE-TUM', 'Tumbes')],
    author: 'presidencia.tumbes@cumbre.demo',
    agency: 'GR Tumbes',
    marking: 'CLEAR',
    distribution: 'all_agencies',
  },
];

/**
 * When the demo's note `i` was written and shared: while the summit was being prepared, one a
 * day at 10:00 in Lima from 13 November 2026, in the list's order (the library shows the last
 * one first). On a clock earlier than that (a test's), minutes before "now" instead, in the same
 * order: a note is never dated in the future.
 */
function writtenAt(i: number, now: Date): Date {
  const preparing = new Date(Date.parse('2026-11-13T10:00:00-05:00') + i * 86_400_000);
  const beforeNow = new Date(now.getTime() - (DEMO_NOTES.length - i) * 60_000);
  return preparing < beforeNow ? preparing : beforeNow;
}

/** Adds the notes that are not there yet (by title), with their endorsements. */
export async function seedDemoNotes(manager: EntityManager, context: DemoSeedContext): Promise<DemoSeedReport> {
  let notes = 0;
  let endorsements = 0;
  const groupIds = new Map<string, string>(
    ((await manager.query('SELECT id, name FROM sharing_group')) as { id: string; name: string }[]).map((g) => [
      g.name,
      g.id,
    ]),
  );
  for (const n of DEMO_NOTES) {
    const found: unknown[] = await manager.query('SELECT 1 FROM note WHERE title = $1', [n.title]);
    if (found.length > 0) continue;
    const authorId = context.userId(n.author);
    const agencyId = context.agencyId(n.agency);
    const intelligence = n.kind === 'intelligence';
    const status = n.status ?? 'shared';
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO note (kind, title, summary, body, body_html, body_text, tags, places, author_id, author_agency_id,
         updated_by_id, status, is_public, marking, distribution, sharing_group_id, red_recipient_ids, shared_at,
         created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $11, $12, $13, $14, $15, $16, $17, $18, $18, 1) RETURNING id`,
      [
        n.kind,
        n.title,
        n.summary,
        n.body,
        renderMarkdown(n.body),
        markdownToPlainText(n.body),
        n.tags,
        JSON.stringify(n.places),
        authorId,
        agencyId,
        status,
        !intelligence && (n.isPublic ?? false),
        intelligence ? (n.marking ?? 'GREEN') : 'CLEAR',
        intelligence ? (n.distribution ?? 'agency_only') : 'all_agencies',
        n.group ? (groupIds.get(n.group) ?? null) : null,
        (n.recipients ?? []).map((email) => context.userId(email)),
        status === 'shared' ? writtenAt(DEMO_NOTES.indexOf(n), context.now) : null,
        writtenAt(DEMO_NOTES.indexOf(n), context.now),
      ],
    );
    notes++;
    for (const agency of n.endorsedBy ?? []) {
      await manager.query(
        `INSERT INTO note_endorsement (note_id, agency_id, endorsed_by_id) VALUES ($1, $2, NULL) ON CONFLICT DO NOTHING`,
        [id, context.agencyId(agency)],
      );
      endorsements++;
    }
  }
  return { notes, 'note endorsements': endorsements };
}
