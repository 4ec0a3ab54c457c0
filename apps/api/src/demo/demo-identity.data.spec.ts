import {
  AGENCY_KINDS,
  ISO_3166_2_PATTERN,
  MEMBERSHIP_ROLES,
  PASSWORD_MIN_LENGTH,
  PERU_REGION_CODE_PATTERN,
} from '@cumbre/contracts';
import {
  DEMO_ACCOUNTS,
  DEMO_AGENCIES,
  DEMO_PASSWORD,
  DEMO_SHARING_GROUPS,
  DEMO_USERS,
  MACRO_REGION_NORTE,
} from './demo-identity.data';
import { once } from './seed-demo-identity';

describe('demo identity data', () => {
  const shortNames = DEMO_AGENCIES.map((a) => a.shortName);

  it('has unique natural keys', () => {
    expect(new Set(shortNames).size).toBe(shortNames.length);
    expect(new Set(DEMO_AGENCIES.map((a) => a.name)).size).toBe(DEMO_AGENCIES.length);
    const isoCodes = DEMO_AGENCIES.flatMap((a) => (a.isoCode ? [a.isoCode] : []));
    expect(new Set(isoCodes).size).toBe(isoCodes.length);
    const emails = DEMO_USERS.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(DEMO_SHARING_GROUPS.map((g) => g.name)).size).toBe(DEMO_SHARING_GROUPS.length);
  });

  it('fits the database rules (kinds, ISO codes, lengths, lower-case e-mails)', () => {
    for (const a of DEMO_AGENCIES) {
      expect(AGENCY_KINDS).toContain(a.kind);
      expect(a.name.length).toBeLessThanOrEqual(200);
      expect(a.shortName.length).toBeLessThanOrEqual(40);
      if (a.isoCode) expect(a.isoCode).toMatch(ISO_3166_2_PATTERN);
    }
    for (const u of DEMO_USERS) {
      expect(u.email).toBe(u.email.toLowerCase());
      expect(u.email).toMatch(/^[a-z.]+@cumbre\.demo$/);
      expect(u.displayName.length).toBeLessThanOrEqual(120);
    }
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
  });

  it('names parents before their children, and only agencies of the set', () => {
    DEMO_AGENCIES.forEach((a, i) => {
      if (a.parent) expect(shortNames.slice(0, i)).toContain(a.parent);
    });
    for (const g of DEMO_SHARING_GROUPS) for (const m of g.members) expect(shortNames).toContain(m);
    for (const u of DEMO_USERS) for (const m of u.memberships) expect(shortNames).toContain(m.agency);
  });

  it('has the six northern regions, PCM and ANGR in the Macro-región Norte group', () => {
    const regions = DEMO_AGENCIES.filter((a) => a.kind === 'regional' && a.isoCode);
    expect(regions.map((r) => r.isoCode).sort()).toEqual(['PE-ANC', 'PE-CAJ', 'PE-LAL', 'PE-LAM', 'PE-PIU', 'PE-TUM']);
    for (const r of regions) expect(r.isoCode).toMatch(PERU_REGION_CODE_PATTERN);
    const group = DEMO_SHARING_GROUPS.find((g) => g.name === 'Macro-región Norte');
    expect([...(group?.members ?? [])].sort()).toEqual([...regions.map((r) => r.shortName), 'PCM', 'ANGR'].sort());
    expect(MACRO_REGION_NORTE).toHaveLength(8);
  });

  it('has a leader for each summit invitee and at least one account of every role', () => {
    for (const agency of MACRO_REGION_NORTE) {
      const leaders = DEMO_USERS.filter((u) => u.memberships.some((m) => m.agency === agency && m.role === 'leader'));
      expect(leaders).toHaveLength(1);
    }
    for (const role of MEMBERSHIP_ROLES) {
      expect(DEMO_USERS.some((u) => u.memberships.some((m) => m.role === role))).toBe(true);
    }
    expect(DEMO_USERS.find((u) => u.email === 'admin@cumbre.demo')?.platformRoles).toEqual(['admin']);
    expect(DEMO_USERS.find((u) => u.email === 'moderador@cumbre.demo')?.platformRoles).toEqual(['moderator']);
    const analyst = DEMO_USERS.find((u) => u.email === 'analista.lalibertad@cumbre.demo');
    expect(analyst?.memberships).toEqual([{ agency: 'GR La Libertad', role: 'analyst', clearance: 'AMBER' }]);
    expect(DEMO_USERS.some((u) => u.memberships.length >= 2)).toBe(true);
  });

  it('lists every demo user among the printed sign-ins', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.email)).toEqual(DEMO_USERS.map((u) => u.email));
    for (const a of DEMO_ACCOUNTS) expect(a.description.length).toBeGreaterThan(0);
  });
});

describe('once', () => {
  it('computes on first use only and shares the result', async () => {
    const compute = jest.fn(async () => 'hash');
    const get = once(compute);
    expect(compute).not.toHaveBeenCalled();
    const results = await Promise.all([get(), get(), get()]);
    expect(results).toEqual(['hash', 'hash', 'hash']);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
