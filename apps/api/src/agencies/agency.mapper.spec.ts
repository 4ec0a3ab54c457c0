import { mapAgency, mapAgencyDirectoryEntry, mapAgencyMember, mapSharingGroup } from './agency.mapper';
import type { AgencyEntity } from './entities/agency.entity';
import type { SharingGroupEntity } from './entities/sharing-group.entity';

const at = new Date('2026-01-02T03:04:05.000Z');
const agency = (over: Partial<AgencyEntity>): AgencyEntity =>
  Object.assign(
    {
      id: 'a1',
      name: 'Gobierno Regional de Piura',
      shortName: 'GR Piura',
      kind: 'regional',
      isoCode: 'PE-PIU',
      parentId: null,
      createdAt: at,
      updatedAt: at,
      version: 3,
    },
    over,
  ) as AgencyEntity;

describe('agency mappers', () => {
  it('maps exactly the contract fields, dates as ISO strings', () => {
    const entity = Object.assign(agency({}), { internalNote: 'never leaves' });
    expect(mapAgency(entity)).toEqual({
      id: 'a1',
      name: 'Gobierno Regional de Piura',
      shortName: 'GR Piura',
      kind: 'regional',
      isoCode: 'PE-PIU',
      parentId: null,
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      version: 3,
    });
  });

  it('adds the parent summary and the directory facts', () => {
    const parent = agency({ id: 'p', name: 'Padre', shortName: 'P', isoCode: null, kind: 'national' });
    const entry = mapAgencyDirectoryEntry(agency({ parentId: 'p', parent }), {
      memberCount: 2,
      leaders: [{ userId: 'u1', displayName: 'Marisol', email: 'x@y' } as never],
      sharingGroups: [{ id: 'g', name: 'Norte' }],
    });
    expect(entry.parent).toEqual({ id: 'p', name: 'Padre', shortName: 'P', kind: 'national', isoCode: null });
    expect(entry.leaders).toEqual([{ userId: 'u1', displayName: 'Marisol' }]);
    expect(entry.memberCount).toBe(2);
    expect(entry.sharingGroups).toEqual([{ id: 'g', name: 'Norte' }]);
  });

  it('lists a sharing group’s agencies by name', () => {
    const group = {
      id: 'g',
      name: 'Norte',
      description: '',
      agencies: [
        agency({ id: 'b', name: 'Tumbes' }),
        agency({ id: 'c', name: 'Áncash' }),
        agency({ id: 'd', name: 'Piura' }),
      ],
      createdAt: at,
      updatedAt: at,
      version: 1,
    } as SharingGroupEntity;
    expect(mapSharingGroup(group).agencies.map((a) => a.id)).toEqual(['c', 'd', 'b']);
  });

  it('maps a member to id, name and role only, whatever else the row carries', () => {
    const row = { userId: 'u1', displayName: 'Marisol', role: 'leader', email: 'x@y', passwordHash: 'h' } as never;
    expect(mapAgencyMember(row)).toEqual({ user: { id: 'u1', displayName: 'Marisol' }, role: 'leader' });
  });
});
