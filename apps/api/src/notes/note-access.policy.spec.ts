import type { AuthUser } from '../common/auth-user';
import {
  canEditNote,
  endorsingAgencyIds,
  noteVisibility,
  type NoteForPolicy,
  wideningField,
} from './note-access.policy';

const user = (memberships: AuthUser['memberships'], platformRoles: AuthUser['platformRoles'] = []): AuthUser => ({
  id: 'u1',
  email: 'u1@example.pe',
  displayName: 'U1',
  platformRoles,
  memberships,
});

const note: NoteForPolicy = {
  authorId: 'author',
  authorAgencyId: 'A',
  marking: 'AMBER',
  distribution: 'agency_only',
  sharingGroupId: null,
  isPublic: false,
  redRecipientIds: [],
};

describe('note access policy (pure parts)', () => {
  it('shows the anonymous public only public, shared best practices', () => {
    expect(noteVisibility('n', null).sql).toBe("(n.kind = 'best_practice' AND n.status = 'shared' AND n.is_public)");
  });

  it('gives an admin no read by role: the SQL never mentions platform roles', () => {
    const admin = noteVisibility('n', user([], ['admin']));
    expect(admin.sql).not.toMatch(/admin|TRUE/);
    expect(admin.params).toEqual({ nvUser: 'u1' });
  });

  it('lets the author and the author agency leaders edit, nobody else (not an admin)', () => {
    expect(canEditNote({ ...user([]), id: 'author' }, note)).toBe(true);
    expect(canEditNote(user([{ agencyId: 'A', role: 'leader', clearance: 'GREEN' }]), note)).toBe(true);
    expect(canEditNote(user([{ agencyId: 'A', role: 'staff', clearance: 'RED' }]), note)).toBe(false);
    expect(canEditNote(user([], ['admin']), note)).toBe(false);
  });

  it('calls widening a lower marking, a wider distribution, another group, more RED recipients, going public', () => {
    expect(wideningField(note, { ...note, marking: 'GREEN' })).toBe('marking');
    expect(wideningField(note, { ...note, marking: 'RED', redRecipientIds: ['x'] })).toBe('redRecipientIds');
    expect(wideningField(note, { ...note, distribution: 'sharing_group', sharingGroupId: 'g' })).toBe('distribution');
    const inGroup = { ...note, distribution: 'sharing_group' as const, sharingGroupId: 'g' };
    expect(wideningField(inGroup, { ...inGroup, sharingGroupId: 'h' })).toBe('sharingGroupId');
    expect(wideningField(inGroup, note)).toBeNull();
    expect(wideningField(note, { ...note, marking: 'AMBER+STRICT' })).toBeNull();
    expect(wideningField({ ...note, marking: 'CLEAR' }, { ...note, marking: 'CLEAR', isPublic: true })).toBe(
      'isPublic',
    );
  });

  it('endorses for agencies the user leads or staffs, never the author agency', () => {
    const u = user([
      { agencyId: 'A', role: 'leader', clearance: 'AMBER' },
      { agencyId: 'B', role: 'staff', clearance: 'AMBER' },
      { agencyId: 'C', role: 'analyst', clearance: 'AMBER' },
    ]);
    expect(endorsingAgencyIds(u, note)).toEqual(['B']);
  });
});
