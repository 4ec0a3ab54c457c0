import { conflictBetween, findConflicts, ScheduledMeeting } from './conflicts';
import { rangesOverlap } from './interval';

const at = (hhmm: string, day = '2026-12-05') => new Date(`${day}T${hhmm}:00-05:00`);

function meeting(id: string, from: string, to: string, extra: Partial<ScheduledMeeting> = {}): ScheduledMeeting {
  return {
    id,
    startsAt: at(from),
    endsAt: at(to),
    status: 'scheduled',
    hostAgencyId: 'host-a',
    delegateUserIds: [],
    ...extra,
  };
}

describe('rangesOverlap', () => {
  it('treats ranges as half-open: back-to-back meetings do not overlap', () => {
    expect(
      rangesOverlap({ startsAt: at('09:00'), endsAt: at('10:00') }, { startsAt: at('10:00'), endsAt: at('11:00') }),
    ).toBe(false);
  });
  it('detects partial, containing and identical overlaps in either order', () => {
    const a = { startsAt: at('09:00'), endsAt: at('12:00') };
    expect(rangesOverlap(a, { startsAt: at('11:59'), endsAt: at('13:00') })).toBe(true);
    expect(rangesOverlap({ startsAt: at('08:00'), endsAt: at('09:01') }, a)).toBe(true);
    expect(rangesOverlap(a, { startsAt: at('10:00'), endsAt: at('10:30') })).toBe(true);
    expect(rangesOverlap(a, { ...a })).toBe(true);
  });
  it('compares instants, not wall clocks in different zones', () => {
    // 09:00 in Lima is 15:00 in Madrid (winter): the same instant.
    const lima = { startsAt: new Date('2026-12-05T09:00:00-05:00'), endsAt: new Date('2026-12-05T10:00:00-05:00') };
    const madrid = { startsAt: new Date('2026-12-05T15:30:00+01:00'), endsAt: new Date('2026-12-05T16:30:00+01:00') };
    expect(rangesOverlap(lima, madrid)).toBe(true);
  });
});

describe('conflictBetween', () => {
  const summit = meeting('summit', '09:00', '17:00', { hostAgencyId: 'piura', delegateUserIds: ['u1', 'u2', 'u3'] });

  it('reports a shared host agency', () => {
    expect(conflictBetween(summit, meeting('m2', '16:00', '18:00', { hostAgencyId: 'piura' }))).toEqual({
      meetingId: 'm2',
      sharedHost: true,
      sharedDelegateUserIds: [],
    });
  });

  it('reports shared delegates, each once', () => {
    const other = meeting('m3', '12:00', '13:00', {
      hostAgencyId: 'tumbes',
      delegateUserIds: ['u9', 'u2', 'u2', 'u3'],
    });
    expect(conflictBetween(summit, other)).toEqual({
      meetingId: 'm3',
      sharedHost: false,
      sharedDelegateUserIds: ['u2', 'u3'],
    });
  });

  it('reports both reasons together', () => {
    const other = meeting('m4', '10:00', '11:00', { hostAgencyId: 'piura', delegateUserIds: ['u1'] });
    expect(conflictBetween(summit, other)).toEqual({
      meetingId: 'm4',
      sharedHost: true,
      sharedDelegateUserIds: ['u1'],
    });
  });

  it('ignores overlapping meetings that share nothing', () => {
    expect(
      conflictBetween(summit, meeting('m5', '10:00', '11:00', { hostAgencyId: 'lambayeque', delegateUserIds: ['u7'] })),
    ).toBeNull();
  });

  it('ignores meetings that share people but not time', () => {
    expect(
      conflictBetween(summit, meeting('m6', '17:00', '18:00', { hostAgencyId: 'piura', delegateUserIds: ['u1'] })),
    ).toBeNull();
  });

  it('ignores cancelled meetings on either side, and the meeting itself', () => {
    expect(
      conflictBetween(summit, meeting('m7', '10:00', '11:00', { hostAgencyId: 'piura', status: 'cancelled' })),
    ).toBeNull();
    expect(
      conflictBetween({ ...summit, status: 'cancelled' }, meeting('m8', '10:00', '11:00', { hostAgencyId: 'piura' })),
    ).toBeNull();
    expect(conflictBetween(summit, { ...summit })).toBeNull();
  });

  it('counts drafts and meetings in progress as real commitments', () => {
    expect(
      conflictBetween(summit, meeting('m9', '10:00', '11:00', { hostAgencyId: 'piura', status: 'draft' })),
    ).not.toBeNull();
    expect(
      conflictBetween(summit, meeting('m10', '10:00', '11:00', { hostAgencyId: 'piura', status: 'in_progress' })),
    ).not.toBeNull();
  });
});

describe('findConflicts', () => {
  it('returns only the conflicting candidates, earliest first', () => {
    const target = meeting('t', '09:00', '17:00', { hostAgencyId: 'piura', delegateUserIds: ['u1'] });
    const result = findConflicts(target, [
      meeting('late', '15:00', '16:00', { hostAgencyId: 'piura' }),
      meeting('none', '10:00', '11:00', { hostAgencyId: 'tumbes' }),
      meeting('early', '08:00', '09:30', { hostAgencyId: 'tumbes', delegateUserIds: ['u1'] }),
      meeting('t', '09:00', '17:00', { hostAgencyId: 'piura' }),
    ]);
    expect(result.map((c) => c.meetingId)).toEqual(['early', 'late']);
  });

  it('returns nothing for no candidates', () => {
    expect(findConflicts(meeting('t', '09:00', '10:00'), [])).toEqual([]);
  });
});
