// Test fixtures of the agenda screens (fictional people, real institutions).
import type { ActionItemDetailDto, AgendaDto, MeetingDto } from '@cumbre/contracts';
import { AGENCY } from '../../../../testing/fixtures';
import { meetingDto } from '../../meetings/data-access/meeting.fixtures';

export const { pcm: PCM, piura: PIURA } = AGENCY;

/** The summit, scheduled for 5 December, with Piura's delegate accepted. */
export function meetingFixture(overrides: Partial<MeetingDto> = {}): MeetingDto {
  return meetingDto({
    status: 'scheduled',
    startsAt: '2026-12-05T14:00:00Z',
    endsAt: '2026-12-05T22:00:00Z',
    venue: { name: null, address: null, city: 'Lima' },
    invitations: [
      {
        id: 'i-1',
        agency: PIURA,
        rsvp: 'accepted',
        note: null,
        respondedAt: '2026-11-28T10:00:00Z',
        respondedBy: null,
        delegates: [{ id: 'u-piura', displayName: 'Andrea Zapata Ruesta' }],
      },
    ],
    ...overrides,
  });
}

export function agendaFixture(overrides: Partial<AgendaDto> = {}): AgendaDto {
  return {
    meetingId: 'm-1',
    version: 7,
    status: 'published',
    publishedVersion: 1,
    nextVersion: 2,
    timeZone: 'America/Lima',
    meetingStartsAt: '2026-12-05T14:00:00Z',
    meetingEndsAt: '2026-12-05T22:00:00Z',
    totalMinutes: 60,
    overrunMinutes: 0,
    secretary: null,
    minutesPublishedAt: null,
    items: [],
    proposals: [],
    can: {
      edit: true,
      proposeFor: [],
      decide: true,
      publish: true,
      recordMinutes: true,
      nameSecretary: true,
      linkNotes: true,
    },
    ...overrides,
  };
}

export function actionItemFixture(overrides: Partial<ActionItemDetailDto> = {}): ActionItemDetailDto {
  return {
    id: 'x-1',
    meetingId: 'm-1',
    meetingTitle: 'Cumbre de seguridad',
    itemId: 'it-1',
    itemTitle: 'Plan conjunto',
    what: 'Instalar la mesa regional contra la extorsión',
    ownerAgency: PIURA,
    owner: null,
    dueDate: '2027-01-15',
    status: 'in_progress',
    overdue: false,
    version: 3,
    createdAt: '2026-12-05T16:00:00Z',
    updatedAt: '2026-12-06T15:00:00Z',
    canUpdate: true,
    history: [
      {
        id: 'e-1',
        kind: 'created',
        fromStatus: null,
        toStatus: 'open',
        comment: null,
        actor: { id: 'u-sec', displayName: 'Lucía Herrera Campos' },
        createdAt: '2026-12-05T16:00:00Z',
      },
      {
        id: 'e-2',
        kind: 'status',
        fromStatus: 'open',
        toStatus: 'in_progress',
        comment: null,
        actor: { id: 'u-piura', displayName: 'Andrea Zapata Ruesta' },
        createdAt: '2026-12-06T15:00:00Z',
      },
    ],
    ...overrides,
  };
}
