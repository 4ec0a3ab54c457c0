import type { AgencyMemberDto, MembershipRole } from '@cumbre/contracts';
import { delegateCandidates } from './rsvp-form.logic';

const member = (id: string, displayName: string, role: MembershipRole): AgencyMemberDto => ({
  user: { id, displayName },
  role,
});

const PIURA_MEMBERS = [
  member('u-gov', 'Marisol Chunga Purizaca', 'leader'),
  member('u-staff', 'Andrea Zapata Ruesta', 'staff'),
  member('u-analyst', 'Úrsula Castro Nima', 'analyst'),
  member('u-staff2', 'carlos Ruiz', 'staff'),
];

describe('delegateCandidates', () => {
  it('offers every member of the agency, whatever their role, leaders first then by name', () => {
    const list = delegateCandidates(PIURA_MEMBERS, null, []);
    expect(list.map((c) => [c.displayName, c.role])).toEqual([
      ['Marisol Chunga Purizaca', 'leader'],
      ['Andrea Zapata Ruesta', 'staff'],
      ['carlos Ruiz', 'staff'],
      ['Úrsula Castro Nima', 'analyst'],
    ]);
  });

  it('orders several leaders by name, before everyone else', () => {
    const list = delegateCandidates(
      [
        member('a', 'Zoila Leader', 'leader'),
        member('b', 'Alberto Staff', 'staff'),
        member('c', 'Ángel Leader', 'leader'),
      ],
      null,
      [],
    );
    expect(list.map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('lists each person once, with their role from the member list', () => {
    const list = delegateCandidates(PIURA_MEMBERS, { id: 'u-staff', displayName: 'Andrea Zapata Ruesta' }, [
      { id: 'u-gov', displayName: 'Marisol Chunga Purizaca' },
    ]);
    expect(list).toHaveLength(4);
    expect(list.find((c) => c.id === 'u-gov')?.role).toBe('leader');
    expect(list.find((c) => c.id === 'u-staff')?.role).toBe('staff');
  });

  it('keeps a named delegate who is no longer listed, without a role, so that saving never drops them silently', () => {
    const list = delegateCandidates(PIURA_MEMBERS, null, [{ id: 'u-left', displayName: 'Bruno Sosa' }]);
    expect(list.find((c) => c.id === 'u-left')).toEqual({
      id: 'u-left',
      displayName: 'Bruno Sosa',
      role: null,
    });
    expect(list.map((c) => c.id).slice(0, 3)).toEqual(['u-gov', 'u-staff', 'u-left']);
  });

  it('falls back to me and the delegates already named when the member list is missing', () => {
    const list = delegateCandidates([], { id: 'u-me', displayName: 'Yolanda' }, [
      { id: 'u-d', displayName: 'Beatriz' },
    ]);
    expect(list).toEqual([
      { id: 'u-d', displayName: 'Beatriz', role: null },
      { id: 'u-me', displayName: 'Yolanda', role: null },
    ]);
  });

  it('offers nobody when there is nobody to offer', () => {
    expect(delegateCandidates([], null, [])).toEqual([]);
  });
});
