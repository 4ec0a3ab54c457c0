import { countLinks, hashIp, textFingerprint, tooManyLinks, wordHaystack, wordNeedle } from './comment-rules';

describe('comment rules', () => {
  it('counts links with and without a scheme', () => {
    expect(countLinks('sin enlaces, solo texto.')).toBe(0);
    expect(countLinks('ver https://a.example/x y www.b.example')).toBe(2);
    expect(countLinks('compra en ofertas.com y barato.xyz y http://c.example')).toBe(3);
    expect(tooManyLinks('http://a.example http://b.example')).toBe(false);
    expect(tooManyLinks('http://a.example http://b.example http://c.example')).toBe(true);
  });

  it('folds blocked words and texts alike, so that a word is found whole, whatever its case, accents and punctuation', () => {
    // The check itself is SQL (comment.queries.ts): a word is held when ` needle ` stands in the haystack.
    const holds = (text: string, word: string) => wordHaystack(text).includes(` ${wordNeedle(word)} `);
    expect(wordNeedle('  Corrupción! ')).toBe('corrupcion');
    expect(wordNeedle('co-rrupto')).toBe('co rrupto');
    expect(wordNeedle('¡¡!!')).toBe('');
    expect(wordHaystack('Esto es una ESTAFA, total')).toBe(' esto es una estafa total ');
    expect(holds('Esto es una ESTAFA total', 'estafa')).toBe(true);
    expect(holds('Sin palabrotas aquí', 'estafa')).toBe(false);
    expect(holds('contestafará', 'estafa')).toBe(false);
    expect(holds('¡Corrupción!', 'corrupcion')).toBe(true);
    expect(holds('es co-rrupto', 'co rrupto')).toBe(true);
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
