import { diffFields, diffText, orderedPair } from './revision-diff.logic';

describe('revision diff', () => {
  it('marks one replaced word in a title', () => {
    expect(diffText('Línea de denuncia', 'Línea de denuncias')).toEqual([
      { kind: 'same', text: 'Línea de ' },
      { kind: 'removed', text: 'denuncia' },
      { kind: 'added', text: 'denuncias' },
    ]);
  });

  it('shows an edited line of the body word by word, and an added line whole', () => {
    const before = 'Primera línea\nLlamar al 105\n';
    const after = 'Primera línea\nLlamar al 111\nNueva línea\n';
    const parts = diffText(before, after, 'lines');
    expect(parts[0]).toEqual({ kind: 'same', text: 'Primera línea\n' });
    expect(parts).toContainEqual({ kind: 'removed', text: '105' });
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain(
      'Nueva línea',
    );
    // Put together, the "same" and "added" parts spell the new text; "same" and "removed" the old.
    const rebuild = (skip: string) =>
      parts.filter((p) => p.kind !== skip).map((p) => p.text).join('');
    expect(rebuild('removed')).toBe(after);
    expect(rebuild('added')).toBe(before);
  });

  it('says which fields changed', () => {
    const fields = diffFields(
      { title: 'A', tags: 'extorsión, piura', body: 'x' },
      { title: 'A', tags: 'extorsión, tumbes', body: 'x' },
    );
    expect(fields.map((f) => [f.field, f.changed])).toEqual([
      ['title', false],
      ['tags', true],
      ['body', false],
    ]);
  });

  it('returns no parts for two empty texts', () => {
    expect(diffText('', '')).toEqual([]);
  });

  it('orders a pair of revisions oldest first', () => {
    expect(orderedPair(5, 2)).toEqual([2, 5]);
    expect(orderedPair(1, 3)).toEqual([1, 3]);
  });
});
