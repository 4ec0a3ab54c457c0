// The printed agenda of a published version, as a PDF (pdfkit). Pure: data in, bytes out.
import PDFDocument from 'pdfkit';
import type { AgendaItemKind, AgendaVersionDto } from '@cumbre/contracts';
import { formatMeetingTime, formatTimeOfDay, zoneLabel } from '@cumbre/scheduling';
import { markdownToPlainText } from '../common/markdown';

/** What the header of the document needs of the meeting. */
export interface AgendaPdfMeeting {
  title: string;
  hostAgencyName: string;
  venueName: string | null;
  venueAddress: string | null;
  venueCity: string | null;
  onlineUrl: string | null;
}

const KIND_ES: Record<AgendaItemKind, string> = {
  section: 'Sección',
  information: 'Información',
  discussion: 'Debate',
  decision: 'Decisión',
  presentation: 'Exposición',
};

// pdfkit's standard fonts (Helvetica) write WinAnsi: Latin-1 (á é í ó ú ñ ü ¿ ¡) plus these
// (— – “ ” ‘ ’ … • €…). Anything else would come out as a wrong glyph, so it is folded first.
const WIN_ANSI_EXTRA = new Set(
  [
    402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338,
    339, 732, 352, 353, 376, 381, 382,
  ].map((c) => String.fromCharCode(c)),
);
const SUBSTITUTES: Record<string, string> = {
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
};

/** The text as Helvetica can show it: WinAnsi kept, the rest folded (accents stripped) or "?". */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || ch === '\n' || WIN_ANSI_EXTRA.has(ch)) {
      out += SUBSTITUTES[ch] ?? ch;
    } else if (SUBSTITUTES[ch]) {
      out += SUBSTITUTES[ch];
    } else {
      const folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += /^[\x20-\x7e]+$/.test(folded) ? folded : '?';
    }
  }
  return out;
}

/** "1", "2", "2.1": top-level entries counted, children under their parent. */
export function itemNumbers(items: AgendaVersionDto['items']): Map<string, string> {
  const numbers = new Map<string, string>();
  let top = 0;
  const children = new Map<string, number>();
  for (const item of items) {
    if (item.depth === 1 || item.parentId === null) {
      top++;
      numbers.set(item.id, String(top));
    } else {
      const n = (children.get(item.parentId) ?? 0) + 1;
      children.set(item.parentId, n);
      numbers.set(item.id, `${numbers.get(item.parentId) ?? '?'}.${n}`);
    }
  }
  return numbers;
}

/** "09:40 hora de Lima (UTC-5)": an item's planned start in the meeting's zone, the zone named. */
export function plannedStartLabel(start: string | null, timeZone: string): string {
  if (!start) return 'Sin hora';
  return `${formatTimeOfDay(start, timeZone, 'es')} ${zoneLabel(new Date(start), timeZone, 'es')}`;
}

/** The A4 document: the meeting's header, then each item numbered with its time, kind, presenter and minutes. */
export function renderAgendaPdf(meeting: AgendaPdfMeeting, version: AgendaVersionDto): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: toWinAnsi(`Agenda: ${meeting.title}`), Author: 'Cumbre', Subject: `Versión ${version.number}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const text = (s: string) => toWinAnsi(s);
  const zone = version.timeZone;

  doc.font('Helvetica-Bold').fontSize(18).text(text(meeting.title));
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(11).fillColor('#333333');
  doc.text(
    text(`Agenda — versión ${version.number}, publicada el ${formatMeetingTime(version.publishedAt, zone, 'es')}`),
  );
  doc.text(text(`Convoca: ${meeting.hostAgencyName}`));
  const when = formatMeetingTime({ startsAt: version.meetingStartsAt, endsAt: version.meetingEndsAt }, zone, 'es');
  doc.text(text(`Fecha: ${when || 'por definir'}`));
  const place = [meeting.venueName, meeting.venueAddress, meeting.venueCity].filter(Boolean).join(', ');
  if (place) doc.text(text(`Lugar: ${place}`));
  if (meeting.onlineUrl) doc.text(text(`En línea: ${meeting.onlineUrl}`));
  doc.text(text(`Duración prevista: ${version.totalMinutes} min`));
  if (version.overrunMinutes > 0) {
    doc.fillColor('#a00000').text(text(`La agenda excede el horario de la reunión en ${version.overrunMinutes} min.`));
  }
  doc.fillColor('#000000').moveDown(1);

  const numbers = itemNumbers(version.items);
  for (const item of version.items) {
    const indent = item.depth === 2 ? 24 : 0;
    const left = doc.page.margins.left + indent;
    const width = doc.page.width - doc.page.margins.right - left;
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(item.depth === 1 ? 12 : 11)
      .text(text(`${numbers.get(item.id)}. ${item.title}`), left, doc.y, { width });
    const presenter = [item.presenterAgency?.name, item.presenter?.displayName].filter(Boolean).join(' — ');
    const facts = [
      plannedStartLabel(item.plannedStart, zone),
      KIND_ES[item.kind],
      `${item.durationMinutes} min`,
      ...(presenter ? [`Presenta: ${presenter}`] : []),
    ];
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#333333')
      .text(text(facts.join(' · ')), left, doc.y, { width });
    const description = markdownToPlainText(item.description);
    if (description) {
      doc.fontSize(9).fillColor('#555555').text(text(description), left, doc.y, { width });
    }
    doc.fillColor('#000000').moveDown(0.6);
  }
  if (version.items.length === 0) doc.font('Helvetica').fontSize(11).text('Agenda sin puntos.');
  doc.end();
  return done;
}
