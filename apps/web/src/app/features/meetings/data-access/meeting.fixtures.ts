// Test data for the meeting specs (imported by specs only).
import type { ConflictDto, MeetingDto, PollDto } from '@cumbre/contracts';
import { AGENCY } from '../../../../testing/fixtures';

export { regionalAgency } from '../../../../testing/fixtures';
export const { pcm: PCM, piura: PIURA, laLibertad: LALIBERTAD, tumbes: TUMBES } = AGENCY;

export function meetingDto(overrides: Partial<MeetingDto> = {}): MeetingDto {
  return {
    id: 'm-1',
    title: 'Cumbre de seguridad',
    status: 'draft',
    visibility: 'internal',
    startsAt: null,
    endsAt: null,
    timeZone: 'America/Lima',
    hostAgency: PCM,
    venue: { name: null, address: null, city: 'Piura' },
    onlineUrl: null,
    myRsvp: null,
    description: '',
    convener: { id: 'u-pcm', displayName: 'Ricardo Valdivia Torrealva' },
    cancellationReason: null,
    sequence: 0,
    version: 1,
    hasPoll: false,
    invitations: [],
    can: { edit: true, invite: true, rsvpFor: [], runPoll: true },
    createdAt: '2026-11-27T10:00:00Z',
    updatedAt: '2026-11-27T10:00:00Z',
    ...overrides,
  };
}

/** A meeting at the same time, by default one the reader may not see (its title withheld). */
export function conflictDto(overrides: Partial<ConflictDto> = {}): ConflictDto {
  return {
    meetingId: 'm-x',
    title: 'Otra reunión',
    startsAt: '2026-12-05T15:00:00Z',
    endsAt: '2026-12-05T16:00:00Z',
    timeZone: 'America/Lima',
    sharedHost: null,
    sharedDelegates: [],
    visible: false,
    ...overrides,
  };
}

/**
 * Two slots: 4 December (Piura said no) and 5 December (both yes). Piura answered,
 * La Libertad answered 4 Dec if need be, Tumbes has not answered.
 */
export function pollDto(overrides: Partial<PollDto> = {}): PollDto {
  return {
    id: 'p-1',
    meetingId: 'm-1',
    deadline: '2026-12-01T04:59:00Z',
    closed: false,
    chosenSlotId: null,
    slots: [
      {
        id: 's-4',
        startsAt: '2026-12-04T14:00:00Z',
        endsAt: '2026-12-04T18:00:00Z',
        tally: { yes: 0, if_need_be: 1, no: 1 },
        refusedBy: [PIURA],
      },
      {
        id: 's-5',
        startsAt: '2026-12-05T14:00:00Z',
        endsAt: '2026-12-05T18:00:00Z',
        tally: { yes: 2, if_need_be: 0, no: 0 },
        refusedBy: [],
      },
    ],
    responses: [
      {
        agency: PIURA,
        answers: { 's-4': 'no', 's-5': 'yes' },
        answeredBy: { id: 'u-andrea', displayName: 'Andrea Zapata Ruesta' },
        answeredAt: '2026-11-27T12:00:00Z',
      },
      {
        agency: LALIBERTAD,
        answers: { 's-4': 'if_need_be', 's-5': 'yes' },
        answeredBy: { id: 'u-oscar', displayName: 'Óscar Alvarado Benites' },
        answeredAt: '2026-11-27T13:00:00Z',
      },
    ],
    pending: [TUMBES],
    ...overrides,
  };
}
