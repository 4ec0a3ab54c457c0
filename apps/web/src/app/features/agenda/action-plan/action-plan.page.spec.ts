import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ActionPlanItemDto, ActionPlanSummaryDto } from '@cumbre/contracts';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { AgenciesApi } from '../../agencies/data-access/agencies-api';
import { MeetingsApi } from '../../meetings/data-access/meetings-api';
import { AgendaApi } from '../data-access/agenda-api';
import { actionItemFixture, PIURA } from '../data-access/agenda.fixtures';
import { actionPlanOf, actionPlanOfMeeting } from './action-plan-link';
import { ActionPlanPage } from './action-plan.page';

const agency = (id: string, name: string) => ({ id, name, shortName: name });

describe('ActionPlanPage', () => {
  const NO_COUNTS = { open: 0, inProgress: 0, done: 0, blocked: 0, overdue: 0, total: 0 };

  async function open(
    queryParams: Record<string, string>,
    items: ActionPlanItemDto[] = [],
    summary: ActionPlanSummaryDto = { today: '2026-12-06', agencies: [], totals: NO_COUNTS },
  ) {
    const actionItems = vi.fn(async () => ({
      items,
      total: items.length,
      limit: 50,
      offset: 0,
    }));
    const actionPlanSummary = vi.fn(async () => summary);
    TestBed.configureTestingModule({
      providers: [
        // The page links to itself (without a meeting): any URL resolves.
        provideRouter([{ path: '**', children: [] }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: AgendaApi,
          useValue: {
            actionItems,
            actionPlanSummary,
            actionItemsCsvUrl: (q: Record<string, unknown>) =>
              `/api/action-items.csv?meetingId=${q['meetingId'] ?? ''}`,
          },
        },
        {
          provide: MeetingsApi,
          useValue: {
            get: async (id: string) => ({ id, title: 'Cumbre de Seguridad' }),
          },
        },
        {
          provide: AgenciesApi,
          useValue: {
            list: async () => ({
              items: [agency('a-pcm', 'PCM'), agency('a-piura', 'Gobierno Regional de Piura')],
            }),
          },
        },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { queryParamMap: convertToParamMap(queryParams) },
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ActionPlanPage);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const select = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid=plan-owner]',
    ) as HTMLSelectElement;
    return {
      actionItems,
      actionPlanSummary,
      select,
      root: fixture.nativeElement as HTMLElement,
      fixture,
    };
  }

  it('opens on the owner agency the link names (the home page links so), its name shown as chosen', async () => {
    const link = actionPlanOf('a-piura');
    expect(link.path).toBe('/app/plan-de-accion');
    const { actionItems, actionPlanSummary, select } = await open(link.queryParams);
    expect(actionItems).toHaveBeenCalledWith(expect.objectContaining({ ownerAgencyId: 'a-piura' }));
    expect(actionPlanSummary).toHaveBeenCalledWith({
      ownerAgencyId: 'a-piura',
    });
    expect(select.value).toBe('a-piura');
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('Gobierno Regional de Piura');
  });

  it('sums up each agency’s items: every count under its column’s name, which a phone shows in the cell', async () => {
    const piura = { ...NO_COUNTS, open: 1, inProgress: 2, overdue: 1, total: 3 };
    const { root } = await open({}, [], {
      today: '2026-12-06',
      agencies: [{ ownerAgency: PIURA, ...piura }],
      totals: piura,
    });
    const table = root.querySelector('[data-testid=plan-summary] table') as HTMLTableElement;
    const texts = (cells: ArrayLike<Element>) => Array.from(cells, (c) => c.textContent?.trim());
    const columns = ['Abierta', 'En curso', 'Bloqueada', 'Hecha', 'Vencida', 'Total'];
    expect(texts(table.querySelectorAll('thead th'))).toEqual(['Agencia responsable', ...columns]);
    const row = table.tBodies[0].rows[0];
    expect(texts(row.cells)).toEqual(['Gobierno Regional de Piura', '1', '2', '0', '0', '1', '3']);
    expect(Array.from(row.querySelectorAll('td'), (td) => td.dataset['label'])).toEqual(columns);
    expect(row.querySelector('.danger-text')?.getAttribute('data-label')).toBe('Vencida');
    expect(texts(table.querySelectorAll('tfoot tr > *'))).toEqual(['Total', '1', '2', '0', '0', '1', '3']);
  });

  it('without it, every agency', async () => {
    const { actionItems, select } = await open({});
    expect(actionItems).toHaveBeenCalledWith(expect.objectContaining({ ownerAgencyId: undefined }));
    expect(select.value).toBe('');
  });

  it('offers the status control only on the items the caller may update, and shows the others’ status', async () => {
    const { root } = await open({}, [
      actionItemFixture({ id: 'x-mine', what: 'Lo nuestro', canUpdate: true }),
      actionItemFixture({
        id: 'x-theirs',
        what: 'Lo de otra entidad',
        status: 'open',
        canUpdate: false,
      }),
    ]);
    const rows = Array.from(root.querySelectorAll<HTMLElement>('[data-testid=plan-row]'));
    expect(rows).toHaveLength(2);
    const [mine, theirs] = rows;
    expect(mine.querySelector<HTMLSelectElement>('[data-testid=plan-status-select]')?.value).toBe('in_progress');
    expect(mine.querySelector('[data-testid=plan-status-badge]')).toBeNull();
    expect(theirs.querySelector('[data-testid=plan-status-select]')).toBeNull();
    expect(theirs.querySelector('[data-testid=plan-status-badge]')?.textContent?.trim()).toBe('Abierta');
  });

  it('opens on one meeting’s commitments from the meeting page’s link, names it, and lets go of it', async () => {
    const link = actionPlanOfMeeting('m-7');
    expect(link.path).toBe('/app/plan-de-accion');
    const { actionItems, actionPlanSummary, root, fixture } = await open(link.queryParams, [
      actionItemFixture({ id: 'x-1', meetingId: 'm-7' }),
    ]);
    expect(actionItems).toHaveBeenLastCalledWith(expect.objectContaining({ meetingId: 'm-7' }));
    expect(actionPlanSummary).toHaveBeenLastCalledWith({
      ownerAgencyId: undefined,
      meetingId: 'm-7',
    });
    expect(root.querySelector('[data-testid=plan-meeting]')?.textContent).toContain(
      'Compromisos de «Cumbre de Seguridad».',
    );
    expect(root.querySelector('[data-testid=plan-csv]')?.getAttribute('href')).toBe(
      '/api/action-items.csv?meetingId=m-7',
    );
    // The notice names the meeting: no column repeats it on every row.
    const headers = () =>
      Array.from(root.querySelectorAll('[data-testid=plan-table] thead th'), (th) => th.textContent?.trim());
    expect(headers()).not.toContain('Reunión');
    expect(root.querySelector('[data-testid=plan-row]')?.querySelectorAll('td')).toHaveLength(4);

    root.querySelector<HTMLAnchorElement>('[data-testid=plan-all-meetings]')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(actionItems).toHaveBeenLastCalledWith(expect.objectContaining({ meetingId: undefined }));
    expect(root.querySelector('[data-testid=plan-meeting]')).toBeNull();
    expect(headers()).toContain('Reunión');
  });
});
