import { TestBed } from '@angular/core/testing';
import type { MeetingDto } from '@cumbre/contracts';
import { configureComponentTest, settle } from '../../../../testing/component-test';
import { MeetingsApi } from '../data-access/meetings-api';
import { conflictDto, meetingDto, PIURA } from '../data-access/meeting.fixtures';
import { MeetingDetailPage } from './meeting-detail.page';

const clash = conflictDto({
  meetingId: 'm-2',
  title: 'Sesión del comité regional',
  startsAt: '2026-12-05T21:00:00Z',
  endsAt: '2026-12-05T23:00:00Z',
  visible: true,
  sharedHost: PIURA,
});

describe('MeetingDetailPage: schedule clashes', () => {
  // The browser's clock: the evening of 5 December 2026 in Lima, after a 09:00–17:00 summit.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T01:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  async function open(meeting: MeetingDto) {
    const conflicts = vi.fn(async () => [clash]);
    configureComponentTest(MeetingDetailPage, [
      {
        provide: MeetingsApi,
        useValue: {
          get: async () => meeting,
          conflicts,
          icsUrl: (id: string) => `/api/meetings/${id}.ics`,
        },
      },
    ]);
    const fixture = TestBed.createComponent(MeetingDetailPage);
    fixture.componentRef.setInput('id', meeting.id);
    fixture.detectChanges();
    // The meeting, then its clashes: two reads one after the other.
    await settle(fixture, 3);
    fixture.detectChanges();
    const panel = (fixture.nativeElement as HTMLElement).querySelector('[data-testid=meeting-conflicts]');
    return { conflicts, panel };
  }

  const dated = (startsAt: string, endsAt: string) => ({
    startsAt,
    endsAt,
    can: { edit: false, invite: false, rsvpFor: [], runPoll: false },
  });

  it('warns about a meeting still to be held', async () => {
    const { conflicts, panel } = await open(
      meetingDto({
        status: 'scheduled',
        ...dated('2026-12-12T14:00:00Z', '2026-12-12T22:00:00Z'),
      }),
    );
    expect(conflicts).toHaveBeenCalledWith('m-1');
    expect(panel?.textContent).toContain('Sesión del comité regional');
  });

  it('not about one that has ended, even before its status says so, nor a concluded one', async () => {
    for (const status of ['scheduled', 'concluded'] as const) {
      TestBed.resetTestingModule();
      const { conflicts, panel } = await open(
        meetingDto({
          status,
          ...dated('2026-12-05T14:00:00Z', '2026-12-05T22:00:00Z'),
        }),
      );
      expect(conflicts).not.toHaveBeenCalled();
      expect(panel).toBeNull();
    }
  });
});
