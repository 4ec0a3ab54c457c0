import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AgendaDto, AgendaVersionSummaryDto } from '@cumbre/contracts';
import { AgendaApi } from '../data-access/agenda-api';
import { VersionsPanel } from './versions-panel';

const version = (n: number): AgendaVersionSummaryDto => ({
  number: n,
  publishedAt: `2026-11-2${n}T23:00:00.000Z`,
  publishedBy: { id: 'u-pcm', displayName: 'Ricardo Valdivia Torrealva' },
});

describe('VersionsPanel', () => {
  async function render(status: AgendaDto['status'], versions: AgendaVersionSummaryDto[]) {
    const diff = vi.fn(async () => ({
      from: 1,
      to: null,
      added: [],
      removed: [],
      moved: [],
      retimed: [],
      edited: [],
    }));
    const api = {
      versions: vi.fn(async () => versions),
      version: vi.fn(async () => ({ items: [] })),
      get: vi.fn(async () => ({ items: [] })),
      diff,
      pdfUrl: (_id: string, n: number) => `/v${n}.pdf`,
    };
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AgendaApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(VersionsPanel);
    fixture.componentRef.setInput('meetingId', 'm-1');
    fixture.componentRef.setInput('agenda', {
      status,
      publishedVersion: versions[0]?.number ?? null,
      timeZone: 'America/Lima',
      items: [],
    } as unknown as AgendaDto);
    fixture.detectChanges();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    return { root: fixture.nativeElement as HTMLElement, diff };
  }

  it('one version and nothing since: lists it, offers nothing to compare', async () => {
    const { root, diff } = await render('published', [version(1)]);
    expect(root.querySelectorAll('[data-testid=agenda-version]')).toHaveLength(1);
    expect(root.querySelector('[data-testid=diff-compare]')).toBeNull();
    expect(diff).not.toHaveBeenCalled();
  });

  it('one version and changes after it: compares the version with the draft', async () => {
    const { root, diff } = await render('draft', [version(1)]);
    expect(root.querySelector('[data-testid=diff-compare]')).not.toBeNull();
    expect(diff).toHaveBeenCalledWith('m-1', 1, null);
  });

  it('two versions: compares the last two', async () => {
    const { root, diff } = await render('published', [version(2), version(1)]);
    expect(root.querySelector('[data-testid=diff-compare]')).not.toBeNull();
    expect(diff).toHaveBeenCalledWith('m-1', 1, 2);
  });
});
