import type { MeDto, MembershipDto } from '@cumbre/contracts';

export function membership(
  id: string,
  agencyId: string,
  shortName: string,
  isoCode: string | null = null,
): MembershipDto {
  return {
    id,
    agency: {
      id: agencyId,
      name: `Gobierno Regional de ${shortName}`,
      shortName,
      kind: 'regional',
      isoCode,
    },
    role: 'staff',
    clearance: 'GREEN',
  };
}

export const PIURA = membership('m-1', 'a-piura', 'GR Piura', 'PE-PIU');
export const LAMBAYEQUE = membership('m-2', 'a-lam', 'GR Lambayeque', 'PE-LAM');

export function me(overrides: Partial<MeDto> = {}): MeDto {
  return {
    id: 'u-1',
    email: 'staff.piura@cumbre.demo',
    displayName: 'Andrea Zapata Ruesta',
    platformRoles: [],
    memberships: [PIURA],
    ...overrides,
  };
}
