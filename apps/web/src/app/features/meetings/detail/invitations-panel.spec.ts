import { TestBed } from '@angular/core/testing';
import type { InvitationDto, MeetingDto } from '@cumbre/contracts';
import { configureComponentTest, fakeConfirm } from '../../../../testing/component-test';
import { regionalAgency, LALIBERTAD, meetingDto, PIURA, TUMBES } from '../data-access/meeting.fixtures';
import { InvitationsPanel } from './invitations-panel';

const invitation = (a: InvitationDto['agency'], rsvp: InvitationDto['rsvp']): InvitationDto => ({
  id: `i-${a.id}`,
  agency: a,
  rsvp,
  note: null,
  respondedAt: null,
  respondedBy: null,
  delegates: [],
});

/** The summit (5 December 2026, 09:00–17:00 in Lima), its four answers, read by someone who may not invite. */
const summit = (overrides: Partial<MeetingDto>): MeetingDto =>
  meetingDto({
    status: 'scheduled',
    startsAt: '2026-12-05T14:00:00Z',
    endsAt: '2026-12-05T22:00:00Z',
    invitations: [
      invitation(PIURA, 'accepted'),
      invitation(LALIBERTAD, 'tentative'),
      invitation(TUMBES, 'pending'),
      invitation(regionalAgency('a-caj', 'Cajamarca'), 'declined'),
    ],
    can: { edit: false, invite: false, rsvpFor: [], runPoll: false },
    ...overrides,
  });

describe('InvitationsPanel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function columns(meeting: MeetingDto, now: string): string[] {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    configureComponentTest(InvitationsPanel, [fakeConfirm(() => false)]);
    const fixture = TestBed.createComponent(InvitationsPanel);
    fixture.componentRef.setInput('meeting', meeting);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    return ['accepted', 'tentative', 'pending', 'declined'].map(
      (key) => root.querySelector(`[data-testid=rsvp-${key}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  }

  it('before the meeting, says who will come', () => {
    expect(columns(summit({}), '2026-12-05T13:00:00Z')).toEqual([
      expect.stringMatching(/^Asistirán 1/),
      expect.stringMatching(/^Por confirmar 1/),
      expect.stringMatching(/^Sin responder 1/),
      expect.stringMatching(/^No asistirán 1/),
    ]);
  });

  it('once it has ended, even before it is marked concluded, tells the answers in the past', () => {
    const past = [
      expect.stringMatching(/^Confirmaron 1/),
      expect.stringMatching(/^No llegaron a confirmar 1/),
      expect.stringMatching(/^No respondieron 1/),
      expect.stringMatching(/^Declinaron 1/),
    ];
    expect(columns(summit({}), '2026-12-05T22:00:00Z')).toEqual(past);
  });

  it('once concluded or cancelled, whatever the clock says', () => {
    expect(columns(summit({ status: 'cancelled' }), '2026-12-01T12:00:00Z')[0]).toMatch(/^Confirmaron 1/);
  });
});
