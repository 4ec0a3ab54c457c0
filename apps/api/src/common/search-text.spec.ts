import { containsPattern, foldSql, foldText } from './search-text';

describe('search text folding', () => {
  it('ignores case and Spanish accents', () => {
    expect(foldText('ÁNCASH')).toBe('ancash');
    expect(foldText('Macro-región Norte')).toBe('macro-region norte');
    expect(foldText('Ñique')).toBe('nique');
  });

  it('makes LIKE wildcards in the term match themselves', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('folds the same letters in SQL as in JavaScript', () => {
    const sql = foldSql('x');
    const [, from, to] = /'([^']+)', '([^']+)'/.exec(sql) ?? [];
    expect([...from].length).toBe([...to].length);
    expect([...from].map(foldText).join('')).toBe(to);
  });
});
