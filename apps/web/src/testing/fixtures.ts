import type { AgencySummary, MeDto, MembershipDto } from '@cumbre/contracts';

/** A regional government as the API sums it up: `regionalAgency('a-piura', 'Piura', 'PE-PIU')`. */
export function regionalAgency(id: string, region: string, isoCode: string | null = null): AgencySummary {
  return { id, name: `Gobierno Regional de ${region}`, shortName: `GR ${region}`, kind: 'regional', isoCode };
}

/** The institutions the specs meet most, the same in every feature's fixtures. */
export const AGENCY = {
  pcm: {
    id: 'a-pcm',
    name: 'Presidencia del Consejo de Ministros',
    shortName: 'PCM',
    kind: 'national',
    isoCode: null,
  },
  piura: regionalAgency('a-piura', 'Piura', 'PE-PIU'),
  laLibertad: regionalAgency('a-lal', 'La Libertad', 'PE-LAL'),
  tumbes: regionalAgency('a-tum', 'Tumbes', 'PE-TUM'),
  ancash: regionalAgency('a-anc', 'Áncash', 'PE-ANC'),
} satisfies Record<string, AgencySummary>;

/** A staff membership in `agency`. */
export function membership(id: string, agency: AgencySummary): MembershipDto {
  return { id, agency, role: 'staff', clearance: 'GREEN' };
}

export const PIURA = membership('m-1', AGENCY.piura);
export const LAMBAYEQUE = membership('m-2', regionalAgency('a-lam', 'Lambayeque', 'PE-LAM'));

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
