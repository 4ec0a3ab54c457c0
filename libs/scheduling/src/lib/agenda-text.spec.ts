import type { AgendaSnapshot, AgendaSnapshotItem } from '@cumbre/contracts';
import { publishedAgendaText } from './agenda-text';

const pcm = {
  id: 'ag-pcm',
  name: 'Presidencia del Consejo de Ministros',
  shortName: 'PCM',
  kind: 'national' as const,
  isoCode: null,
};
const piura = {
  id: 'ag-piura',
  name: 'Gobierno Regional de Piura',
  shortName: 'GR Piura',
  kind: 'regional' as const,
  isoCode: 'PE-PIU',
};

function item(
  id: string,
  parentId: string | null,
  position: number,
  minutes: number,
  extra: Partial<AgendaSnapshotItem> = {},
): AgendaSnapshotItem {
  return {
    id,
    parentId,
    position,
    kind: 'discussion',
    title: id,
    description: '',
    presenterAgency: null,
    presenter: null,
    plannedMinutes: minutes,
    ...extra,
  };
}

const snapshot: AgendaSnapshot = {
  meetingStartsAt: '2026-12-05T14:00:00.000Z',
  meetingEndsAt: '2026-12-05T18:00:00.000Z',
  timeZone: 'America/Lima',
  items: [
    item('Clausura', null, 2, 15),
    item('Apertura', null, 0, 10, { presenterAgency: pcm, presenter: { id: 'p1', displayName: 'Rosa Quispe' } }),
    item('Exposiciones regionales', null, 1, 5, { kind: 'section' }),
    item('Tumbes', 'Exposiciones regionales', 1, 20),
    item('Piura:\nextorsión', 'Exposiciones regionales', 0, 20, { presenterAgency: piura }),
  ],
};

describe('publishedAgendaText', () => {
  it('lists the entries in order with their times in the meeting zone, sections as headings', () => {
    expect(publishedAgendaText(2, snapshot).split('\n')).toEqual([
      'Agenda publicada (versión 2), hora de Lima (UTC\u22125):',
      '09:00  Apertura · Presidencia del Consejo de Ministros (Rosa Quispe)',
      '',
      'EXPOSICIONES REGIONALES (09:10)',
      '  09:10  Piura: extorsión · Gobierno Regional de Piura',
      '  09:30  Tumbes',
      '09:50  Clausura',
    ]);
  });

  it('times a version frozen without a date from the start it is given, or by offsets', () => {
    const undated = { ...snapshot, meetingStartsAt: null, meetingEndsAt: null };
    expect(publishedAgendaText(1, undated, '2026-12-05T15:00:00.000Z')).toContain('10:50  Clausura');
    const text = publishedAgendaText(1, undated);
    expect(text.split('\n')[0]).toBe('Agenda publicada (versión 1):');
    expect(text).toContain('+50 min  Clausura');
  });
});
