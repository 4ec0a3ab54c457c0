import type { MeDto, MembershipDto, PersonSummary, UserDto } from '@cumbre/contracts';
import { mapAgencySummary } from '../agencies/agency.mapper';
import type { MembershipEntity } from './entities/membership.entity';
import type { UserEntity } from './entities/user.entity';

// The only way users and memberships leave the API. Fields are copied one by one, so that
// the password hash (and anything added to the entity later) cannot leak by accident.

/** Only id and display name: e-mails never leave through the responses of other modules. */
export function mapPersonSummary(user: Pick<UserEntity, 'id' | 'displayName'>): PersonSummary {
  return { id: user.id, displayName: user.displayName };
}

export function mapMembership(membership: MembershipEntity): MembershipDto {
  if (!membership.agency) throw new Error('mapMembership needs the agency loaded');
  return {
    id: membership.id,
    agency: mapAgencySummary(membership.agency),
    role: membership.role,
    clearance: membership.clearance,
  };
}

function mapMemberships(user: UserEntity): MembershipDto[] {
  if (!user.memberships) throw new Error('user mappers need the memberships loaded');
  return [...user.memberships]
    .sort((a, b) => (a.agency?.name ?? '').localeCompare(b.agency?.name ?? '', 'es') || a.id.localeCompare(b.id))
    .map(mapMembership);
}

export function mapMe(user: UserEntity): MeDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    platformRoles: [...user.platformRoles],
    memberships: mapMemberships(user),
  };
}

export function mapUser(user: UserEntity): UserDto {
  return {
    ...mapMe(user),
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}
