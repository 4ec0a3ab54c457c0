import { base32Decode, base32Encode, hotp, matchingStep, otpauthUri, timeStep, totpCode } from './totp';

describe('RFC 6238 TOTP', () => {
  // RFC 6238 appendix B, SHA-1: the ASCII seed "12345678901234567890", 8 digits.
  const seed = Buffer.from('12345678901234567890', 'ascii');
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('matches the RFC test vector at T=%i', (seconds, expected) => {
    expect(hotp(seed, timeStep(seconds * 1000), 8)).toBe(expected);
  });

  it('matches the RFC 4226 HOTP vectors (6 digits)', () => {
    expect([0, 1, 2, 9].map((c) => hotp(seed, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('round-trips base32 (RFC 4648 vectors)', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    expect(base32Decode(base32Encode(seed))).toEqual(seed);
  });

  it('accepts a code one step either side of now, and nothing further or malformed', () => {
    const secret = base32Encode(seed);
    const now = 1_800_000_000_000;
    const step = timeStep(now);
    expect(matchingStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchingStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchingStep(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchingStep(secret, totpCode(secret, now + 90_000), now)).toBeNull();
    expect(matchingStep(secret, '12345', now)).toBeNull();
  });

  it('writes an otpauth URI authenticator apps read', () => {
    expect(otpauthUri('ABC', 'ana@piura.pe', 'Cumbre')).toBe(
      'otpauth://totp/Cumbre%3Aana%40piura.pe?secret=ABC&issuer=Cumbre&algorithm=SHA1&digits=6&period=30',
    );
  });
});
