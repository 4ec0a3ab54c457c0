// Test data for the home specs (imported by specs only).
import type { HomeDto, HomeMeetingDto } from '@cumbre/contracts';
import { AGENCY } from '../../../../testing/fixtures';

export const { pcm: PCM, piura: PIURA, tumbes: TUMBES, ancash: ANCASH } = AGENCY;

export function homeMeeting(overrides: Partial<HomeMeetingDto> = {}): HomeMeetingDto {
  return {
    id: 'm-summit',
    title: 'Cumbre de seguridad del norte',
    // 5 December 2026, 09:00–13:00 in Lima.
    startsAt: '2026-12-05T14:00:00Z',
    endsAt: '2026-12-05T18:00:00Z',
    timeZone: 'America/Lima',
    status: 'scheduled',
    hostAgency: PCM,
    myRsvp: 'pending',
    ...overrides,
  };
}

/** The home of a regional staff member two days before the summit, with work on every card. */
export function homeDto(overrides: Partial<HomeDto> = {}): HomeDto {
  return {
    nextMeetings: [homeMeeting()],
    recentMeetings: [],
    actionPlan: [],
    awaitingAnswer: [
      {
        kind: 'invitation',
        meeting: homeMeeting(),
        agency: PIURA,
        deadline: '2026-12-05T14:00:00Z',
      },
      {
        kind: 'poll',
        meeting: homeMeeting({
          id: 'm-workshop',
          title: 'Taller de extorsión',
          startsAt: null,
          endsAt: null,
          status: 'draft',
        }),
        agency: PIURA,
        deadline: '2026-12-01T04:59:00Z',
      },
    ],
    convening: [
      {
        meeting: homeMeeting({ id: 'm-mine', title: 'Mesa técnica regional', hostAgency: PIURA, myRsvp: null }),
        invitedCount: 3,
        pendingInvitation: [TUMBES, ANCASH],
        pendingPoll: [],
        pollDeadline: null,
      },
    ],
    notifications: {
      items: [
        {
          id: 'n-1',
          kind: 'meeting.invited',
          title: 'Invitación: Cumbre de seguridad del norte',
          body: 'Su institución ha sido invitada.',
          meetingId: 'm-summit',
          createdAt: '2026-11-27T15:00:00Z',
          readAt: null,
          params: {},
        },
      ],
      unread: 1,
    },
    ...overrides,
  };
}

export const EMPTY_HOME: HomeDto = {
  nextMeetings: [],
  recentMeetings: [],
  actionPlan: [],
  awaitingAnswer: [],
  convening: [],
  notifications: { items: [], unread: 0 },
};

/** The same staff member the week after the summit: nothing ahead, its follow-up to do. */
export function homeAfterSummit(): HomeDto {
  return {
    ...EMPTY_HOME,
    recentMeetings: [homeMeeting({ status: 'concluded', myRsvp: 'accepted' })],
    actionPlan: [{ agency: PIURA, pending: 3, overdue: 1 }],
  };
}
