import type { AgendaDto, AgendaItemDto } from '@cumbre/contracts';
import { MeetingsApi } from '../../meetings/data-access/meetings-api';
import { AgendaApi } from '../data-access/agenda-api';
import { actionItemFixture, agendaFixture, meetingFixture, PCM, PIURA } from '../data-access/agenda.fixtures';
import { settle } from '../../../../testing/component-test';
import { createAgendaPart } from '../data-access/agenda.testing';
import { MinutesPrintPage } from './minutes-print.page';

const item = (over: Partial<AgendaItemDto>): AgendaItemDto =>
  ({
    id: 'it-1',
    parentId: null,
    depth: 1,
    kind: 'discussion',
    title: 'Intercambio de información',
    presenterAgency: null,
    plannedStart: '2026-12-05T16:15:00.000Z',
    durationMinutes: 60,
    minutes: null,
    decisions: [],
    actionItems: [],
    ...over,
  }) as AgendaItemDto;

/** The summit's minutes: one item with notes, a decision and an action item, one with nothing. */
const minutesOf = (over: Partial<AgendaDto> = {}): AgendaDto =>
  agendaFixture({
    secretary: { id: 'u-piura', displayName: 'Andrea Zapata Ruesta' },
    items: [
      item({
        minutes: {
          notes: 'Se acordó **un protocolo**.',
          notesHtml: '<p>Se acordó <strong>un protocolo</strong>.</p>',
          updatedBy: null,
          updatedAt: '2026-12-05T17:00:00Z',
          version: 1,
        },
        decisions: [
          {
            id: 'd-1',
            itemId: 'it-1',
            text: 'Compartir alertas en 48 horas',
            endorsedBy: [PIURA, PCM],
            createdBy: null,
            createdAt: '2026-12-05T17:00:00Z',
            version: 1,
          },
        ],
        actionItems: [actionItemFixture({ dueDate: '2027-01-15' })],
      }),
      item({ id: 'it-2', kind: 'information', title: 'Receso' }),
    ],
    ...over,
  });

describe('MinutesPrintPage', () => {
  async function render(agenda: AgendaDto): Promise<HTMLElement> {
    const { fixture } = createAgendaPart(MinutesPrintPage, { id: 'm-1' }, [
      { provide: AgendaApi, useValue: { get: async () => agenda } },
      {
        provide: MeetingsApi,
        useValue: { get: async () => meetingFixture({ status: 'concluded' }) },
      },
    ]);
    fixture.detectChanges();
    await settle(fixture);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }
  const text = (root: HTMLElement, testId: string) =>
    Array.from(root.querySelectorAll(`[data-testid=${testId}]`), (e) => e.textContent?.replace(/\s+/g, ' ').trim());

  it('lays out the published minutes: when, who recorded them, who confirmed, notes, decisions and action items', async () => {
    const root = await render(minutesOf({ minutesPublishedAt: '2026-12-06T00:00:00.000Z' }));
    expect(text(root, 'minutes-doc-state')).toEqual(['Acta — publicada el 05/12/2026 19:00 hora de Lima (UTC−5)']);
    expect(root.querySelector('.zone')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Registró el acta: Andrea Zapata Ruesta · 1 acuerdo y 1 compromiso · Horas: hora de Lima (UTC−5).',
    );
    expect(text(root, 'minutes-doc-attendance')).toEqual(['Gobierno Regional de Piura — Andrea Zapata Ruesta']);
    const [first, second] = Array.from(root.querySelectorAll<HTMLElement>('[data-testid=minutes-doc-item]'));
    expect(first.querySelector('.notes strong')?.textContent).toBe('un protocolo');
    expect(text(first, 'minutes-doc-decision')).toEqual([
      'Compartir alertas en 48 horas (adoptado por GR Piura y PCM)',
    ]);
    expect(
      Array.from(first.querySelectorAll('[data-testid=minutes-doc-action] td'), (td) => td.textContent?.trim()),
    ).toEqual([
      'Instalar la mesa regional contra la extorsión',
      'Gobierno Regional de Piura',
      '15/01/2027',
      'En curso',
    ]);
    // An item on which nothing was recorded is its title alone.
    expect(second.hasAttribute('data-blank')).toBe(true);
    expect(first.hasAttribute('data-blank')).toBe(false);
    expect(second.querySelector('.notes, .label')).toBeNull();
  });

  it("dates the action items' statuses by the day in the meeting's zone, as they change after the minutes", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // 22:00 on 5 December in Lima is already 6 December in UTC.
      vi.setSystemTime(new Date('2026-12-06T03:00:00Z'));
      const root = await render(minutesOf({ minutesPublishedAt: '2026-12-06T00:00:00.000Z' }));
      expect(text(root, 'minutes-doc-status-day')).toEqual(['Estado al 05/12/2026']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says a draft is a draft', async () => {
    const root = await render(minutesOf());
    expect(text(root, 'minutes-doc-state')).toEqual(['Acta — borrador (sin publicar)']);
  });
});
