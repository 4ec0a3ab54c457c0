import { blockedWordsIn, countLinks, hashIp, textFingerprint, tooManyLinks } from './comment-rules';

describe('comment rules', () => {
  it('counts links with and without a scheme', () => {
    expect(countLinks('sin enlaces, solo texto.')).toBe(0);
    expect(countLinks('ver https://a.example/x y www.b.example')).toBe(2);
    expect(countLinks('compra en ofertas.com y barato.xyz y http://c.example')).toBe(3);
    expect(tooManyLinks('http://a.example http://b.example')).toBe(false);
    expect(tooManyLinks('http://a.example http://b.example http://c.example')).toBe(true);
  });

  it('finds blocked words as whole words, ignoring case and accents', () => {
    expect(blockedWordsIn('Esto es una ESTAFA total', ['estafa'])).toEqual(['estafa']);
    expect(blockedWordsIn('Sin palabrotas aquí', ['estafa'])).toEqual([]);
    expect(blockedWordsIn('contestafará', ['estafa'])).toEqual([]);
    expect(blockedWordsIn('¡Corrupción!', ['corrupcion'])).toEqual(['corrupcion']);
  });

  it('fingerprints texts so that case and spacing do not hide a duplicate', () => {
    expect(textFingerprint('Hola   Mundo')).toBe(textFingerprint(' hola mundo '));
    expect(textFingerprint('hola')).not.toBe(textFingerprint('adiós'));
  });

  it('hashes addresses with a key, never keeping the address', () => {
    const h = hashIp('203.0.113.9', 'k');
    expect(h).toHaveLength(64);
    expect(h).not.toContain('203');
    expect(hashIp('203.0.113.9', 'other')).not.toBe(h);
    expect(hashIp(null, 'k')).toBeNull();
  });
});
