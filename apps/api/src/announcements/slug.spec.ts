import { ANNOUNCEMENT_SLUG_MAX_LENGTH, ANNOUNCEMENT_SLUG_PATTERN } from '@cumbre/contracts';
import { numberedSlug, slugify } from './slug';

describe('slugify', () => {
  it('folds accents and punctuation into hyphenated lower-case words', () => {
    expect(slugify('Convocatoria: ¡Cumbre del 5 de diciembre en Piura!')).toBe(
      'convocatoria-cumbre-del-5-de-diciembre-en-piura',
    );
    expect(slugify('Año nuevo, señal  única')).toBe('ano-nuevo-senal-unica');
  });

  it('always gives a valid slug within the limit, even from symbols only or a very long title', () => {
    for (const title of ['¡¿!?', '<script>alert(1)</script>', 'x'.repeat(500), 'a '.repeat(200)]) {
      const slug = slugify(title);
      expect(slug).toMatch(ANNOUNCEMENT_SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(ANNOUNCEMENT_SLUG_MAX_LENGTH);
    }
  });

  it('numbers a taken slug without passing the limit', () => {
    expect(numberedSlug('cumbre', 2)).toBe('cumbre-2');
    const long = numberedSlug('a'.repeat(ANNOUNCEMENT_SLUG_MAX_LENGTH), 12);
    expect(long.length).toBe(ANNOUNCEMENT_SLUG_MAX_LENGTH);
    expect(long).toMatch(ANNOUNCEMENT_SLUG_PATTERN);
  });
});
