// The public site's demo: announcements about the 5 December summit (the convocation, Piura as
// host, the joint plan scheduled for the evening of the summit, a draft), reader comments — some
// approved with a reply, one pending moderation, one hidden by three readers' flags — and a
// blocked word. Fictional readers only. Plain SQL, idempotent by slug.
import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../common/markdown';
import type { DemoSeedContext, DemoSeedReport } from './demo-seed-step';
import { DEMO_SUMMIT_TITLE } from './meetings-demo';

interface DemoAnnouncement {
  slug: string;
  agency: string;
  author: string;
  title: string;
  summary: string;
  body: string;
  status: 'published' | 'scheduled' | 'draft';
  /** Lima wall time of publication (or of the scheduled publication). */
  at: string | null;
  withSummit?: boolean;
}

export const DEMO_CONVOCATION_SLUG = 'convocatoria-cumbre-seguridad-ciudadana-5-de-diciembre';

const ANNOUNCEMENTS: DemoAnnouncement[] = [
  {
    slug: DEMO_CONVOCATION_SLUG,
    agency: 'PCM',
    author: 'moderador@cumbre.demo',
    title: 'Convocatoria: los seis gobiernos regionales del norte y la PCM se reúnen el 5 de diciembre',
    summary:
      'El Presidente del Consejo de Ministros convoca a los gobernadores de Tumbes, Piura, Cajamarca, Lambayeque, La Libertad y Áncash para acordar un plan conjunto contra la extorsión y el sicariato.',
    body: [
      'La **Presidencia del Consejo de Ministros** convoca a la *Cumbre de Seguridad Ciudadana — Macro-región Norte*, que se realizará el **5 de diciembre** en Piura.',
      '',
      'Participan los gobiernos regionales de Tumbes, Piura, Cajamarca, Lambayeque, La Libertad y Áncash, con la Asamblea Nacional de Gobiernos Regionales.',
      '',
      '## Objetivos',
      '',
      '1. Compartir la situación de cada región frente a la extorsión y el sicariato.',
      '2. Acordar cómo intercambiar información entre regiones.',
      '3. Aprobar un **plan de acción conjunto** con responsables y plazos.',
    ].join('\n'),
    status: 'published',
    at: '2026-11-25T10:00:00-05:00',
    withSummit: true,
  },
  {
    slug: 'piura-sede-de-la-cumbre-de-seguridad-ciudadana',
    agency: 'GR Piura',
    author: 'presidencia.piura@cumbre.demo',
    title: 'Piura será sede de la Cumbre de Seguridad Ciudadana',
    summary: 'El Gobierno Regional de Piura recibe a las delegaciones del norte y a la PCM el 5 de diciembre.',
    body: 'El Gobierno Regional de Piura prepara la recepción de las delegaciones. Las sesiones serán en el centro de convenciones de la ciudad.\n\nLa ciudadanía podrá seguir los acuerdos en este sitio.',
    status: 'published',
    at: '2026-11-27T09:00:00-05:00',
    withSummit: true,
  },
  {
    slug: 'plan-de-accion-conjunto-contra-la-extorsion-y-el-sicariato',
    agency: 'PCM',
    author: 'moderador@cumbre.demo',
    title: 'Plan de acción conjunto contra la extorsión y el sicariato',
    summary: 'Los compromisos acordados en la cumbre, por institución, con responsables y plazos.',
    // Scheduled for the close of the summit: what its minutes say (agenda-demo.ts), for the public.
    body:
      'La cumbre de Piura cerró con dos acuerdos de los gobiernos regionales del norte y la ANGR:\n\n' +
      '- Compartir las alertas de extorsión entre regiones en un plazo máximo de 48 horas.\n' +
      '- Crear la Mesa Macro-regional Norte contra la extorsión y el sicariato, con sesiones mensuales.\n\n' +
      'Y con cuatro compromisos, cada uno con su responsable y su plazo:\n\n' +
      '- **GR Lambayeque**: designar un enlace de inteligencia ante la mesa macro-regional (12 de diciembre).\n' +
      '- **GR La Libertad**: compartir el mapa del delito de extorsión con las regiones vecinas (20 de diciembre).\n' +
      '- **GR Piura**: instalar la mesa técnica regional contra la extorsión (15 de enero).\n' +
      '- **ANGR**: presentar el plan conjunto en la sesión del Consejo de Estado Regional (31 de enero).\n\n' +
      'La agenda y los acuerdos están en la página de la reunión.',
    status: 'scheduled',
    at: '2026-12-05T18:00:00-05:00',
    withSummit: true,
  },
  {
    slug: 'balance-de-la-cumbre-borrador',
    agency: 'ANGR',
    author: 'presidencia.angr@cumbre.demo',
    title: 'Balance de la cumbre (borrador)',
    summary: 'Borrador interno del balance de la ANGR.',
    body: 'Pendiente de redacción.',
    status: 'draft',
    at: null,
  },
];

interface DemoComment {
  key: string;
  name: string;
  email: string;
  text: string;
  status: 'approved' | 'pending';
  parent?: string;
  flagged?: boolean;
  minutesAfter: number;
}

const COMMENTS: DemoComment[] = [
  {
    key: 'c1',
    name: 'Rosa Quispe',
    email: 'rosa.quispe@correo.example',
    text: 'Por fin una reunión de todas las regiones del norte. En Sullana los comerciantes pagan cupos todas las semanas.',
    status: 'approved',
    minutesAfter: 90,
  },
  {
    key: 'c2',
    name: 'Jorge Castillo',
    email: 'jorge.castillo@correo.example',
    text: '¿Se publicarán los acuerdos con plazos? Necesitamos saber quién responde por cada compromiso.',
    status: 'approved',
    minutesAfter: 150,
  },
  {
    key: 'c3',
    name: 'Lucía Ramos',
    email: 'lucia.ramos@correo.example',
    text: 'Sí, la convocatoria dice que el plan tendrá responsables y plazos. Ojalá también informes de avance.',
    status: 'approved',
    parent: 'c2',
    minutesAfter: 200,
  },
  {
    key: 'c4',
    name: 'Martín Vega',
    email: 'martin.vega@correo.example',
    text: 'Propongo que se escuche también a las rondas campesinas de Cajamarca.',
    status: 'pending',
    minutesAfter: 600,
  },
  {
    key: 'c5',
    name: 'Anónimo',
    email: 'troll.norte@correo.example',
    text: 'Todo esto es puro show, nadie va a cumplir nada!!!',
    status: 'approved',
    flagged: true,
    minutesAfter: 300,
  },
];

export async function seedDemoPublicSite(manager: EntityManager, ctx: DemoSeedContext): Promise<DemoSeedReport> {
  const report: DemoSeedReport = { announcements: 0, comments: 0, flags: 0, blockedWords: 0 };
  const [summit]: { id: string }[] = await manager.query('SELECT id FROM meeting WHERE title = $1 LIMIT 1', [
    DEMO_SUMMIT_TITLE,
  ]);
  const ids = new Map<string, string>();
  for (const a of ANNOUNCEMENTS) {
    const [found]: { id: string }[] = await manager.query('SELECT id FROM announcement WHERE slug = $1', [a.slug]);
    if (found) {
      ids.set(a.slug, found.id);
      continue;
    }
    const at = a.at ? new Date(a.at) : null;
    // A scheduled one whose time has passed on the demo clock is shown as published.
    const status = a.status === 'scheduled' && at && at <= ctx.now ? 'published' : a.status;
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO announcement (slug, title, summary, body, body_html, agency_id, meeting_id, author_id, status, publish_at, published_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, COALESCE($11, now()), COALESCE($11, now())) RETURNING id`,
      [
        a.slug,
        a.title,
        a.summary,
        a.body,
        renderMarkdown(a.body),
        ctx.agencyId(a.agency),
        a.withSummit && summit ? summit.id : null,
        ctx.userId(a.author),
        status,
        a.status === 'scheduled' ? at : null,
        status === 'published' ? at : null,
      ],
    );
    ids.set(a.slug, row.id);
    report['announcements']++;
  }

  const convocation = ids.get(DEMO_CONVOCATION_SLUG) as string;
  const [{ n }]: { n: number }[] = await manager.query(
    'SELECT count(*)::int AS n FROM announcement_comment WHERE announcement_id = $1',
    [convocation],
  );
  if (n === 0) {
    const base = new Date(ANNOUNCEMENTS[0].at as string).getTime();
    const commentIds = new Map<string, string>();
    for (const c of COMMENTS) {
      const at = new Date(base + c.minutesAfter * 60_000);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO announcement_comment (announcement_id, parent_id, author_name, author_email, text, status, hold_reasons, hidden_by_flags, approved_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          convocation,
          c.parent ? commentIds.get(c.parent) : null,
          c.name,
          c.email,
          c.text,
          c.status,
          c.status === 'pending' ? ['first_time_author'] : c.flagged ? ['flagged'] : [],
          c.flagged === true,
          c.status === 'approved' ? at : null,
          at,
        ],
      );
      commentIds.set(c.key, row.id);
      report['comments']++;
      if (c.flagged) {
        for (const reader of ['lector-1', 'lector-2', 'lector-3']) {
          // Readers are keyed hashes, as the live flags store them.
          const key = createHmac('sha256', 'demo').update(reader).digest('hex');
          await manager.query(
            `INSERT INTO comment_flag (comment_id, reader_key, reason) VALUES ($1, $2, 'offensive')`,
            [row.id, key],
          );
          report['flags']++;
        }
      }
    }
  }
  const added: unknown[] = await manager.query(
    `INSERT INTO comment_blocked_word (word, needle) VALUES ('estafa', 'estafa'), ('chupasangre', 'chupasangre')
       ON CONFLICT (word) DO NOTHING RETURNING word`,
  );
  report['blockedWords'] += added.length;
  return report;
}
