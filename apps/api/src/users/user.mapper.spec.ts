import type { AgencyEntity } from '../agencies/entities/agency.entity';
import type { MembershipEntity } from './entities/membership.entity';
import { mapMe, mapUser } from './user.mapper';
import type { UserEntity } from './entities/user.entity';

const agency = (name: string) =>
  ({
    id: `id-${name}`,
    name,
    shortName: name,
    kind: 'regional',
    isoCode: null,
    parentId: null,
  }) as unknown as AgencyEntity;

const membership = (id: string, name: string) =>
  ({
    id,
    agency: agency(name),
    agencyId: `id-${name}`,
    role: 'staff',
    clearance: 'GREEN',
    userId: 'u1',
  }) as unknown as MembershipEntity;

const user = {
  id: 'u1',
  email: 'ana@x.pe',
  displayName: 'Ana',
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
  platformRoles: ['admin'],
  disabledAt: null,
  passwordChangedAt: new Date('2025-01-01T00:00:00Z'),
  createdAt: new Date('2025-01-01T00:00:00Z'),
  updatedAt: new Date('2025-01-02T00:00:00Z'),
  version: 3,
  memberships: [membership('m2', 'Piura'), membership('m1', 'Áncash')],
} as unknown as UserEntity;

describe('user mappers', () => {
  it('copy only the public fields, never the password hash', () => {
    const dto = mapUser(user);
    expect(Object.keys(dto).sort()).toEqual(
      [
        'createdAt',
        'disabled',
        'displayName',
        'email',
        'id',
        'memberships',
        'platformRoles',
        'updatedAt',
        'version',
      ].sort(),
    );
    expect(JSON.stringify(dto)).not.toMatch(/argon2|hash/i);
    expect(JSON.stringify(mapMe(user))).not.toMatch(/argon2|hash/i);
  });

  it('orders memberships by agency name in Spanish collation', () => {
    expect(mapMe(user).memberships.map((m) => m.agency.name)).toEqual(['Áncash', 'Piura']);
  });

  it('reports the disabled flag, not the timestamp', () => {
    expect(mapUser({ ...user, disabledAt: new Date() } as UserEntity).disabled).toBe(true);
  });
});
