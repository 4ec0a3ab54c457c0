import { diffFields, diffText, editorsBetween, orderedPair, revisionFields } from './revision-diff.logic';

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
    // The unchanged first line and the unchanged start of the edited one are one "same" part.
    expect(parts[0]).toEqual({ kind: 'same', text: 'Primera línea\nLlamar al ' });
    expect(parts).toContainEqual({ kind: 'removed', text: '105' });
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('Nueva línea');
    // Put together, the "same" and "added" parts spell the new text; "same" and "removed" the old.
    const rebuild = (skip: string) =>
      parts
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join('');
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

describe('revision fields and editors', () => {
  const rev = (version: number, who: string | null, title = 'T') => ({
    version,
    title,
    summary: '',
    body: 'b',
    tags: ['extorsión', 'piura'],
    places: [{ regionCode: 'PE-LAL', province: 'Trujillo', city: 'Trujillo' }],
    status: 'shared',
    isPublic: false,
    marking: 'AMBER',
    distribution: 'sharing_group',
    sharingGroup: { name: 'Macro-región Norte' },
    editedBy: who ? { id: who, displayName: who } : null,
  });

  it('turns a revision into comparable texts', () => {
    const f = revisionFields(rev(1, 'Ana'), { yes: 'Sí', no: 'No' });
    expect(f['tags']).toBe('extorsión, piura');
    expect(f['places']).toBe('Trujillo, PE-LAL');
    expect(f['distribution']).toBe('sharing_group (Macro-región Norte)');
    expect(f['public']).toBe('No');
  });

  it('names who edited between two versions, once each, in order', () => {
    const history = [rev(1, 'Ana'), rev(2, 'Luis'), rev(3, 'Ana'), rev(4, null)];
    expect(editorsBetween(history, 1, 3, '?')).toEqual(['Luis', 'Ana']);
    expect(editorsBetween(history, 3, 4, '?')).toEqual(['?']);
    expect(editorsBetween(history, 2, 2, '?')).toEqual([]);
  });
});
