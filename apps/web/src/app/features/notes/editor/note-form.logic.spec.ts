import type { NoteDto } from '@cumbre/contracts';
import {
  createRequest,
  formValueOf,
  markingsUpTo,
  parseTags,
  tagsProblem,
  updateRequest,
  type NoteFormValue,
} from './note-form.logic';

const base: NoteFormValue = {
  kind: 'intelligence',
  authorAgencyId: 'a1',
  title: '  Extorsión a transportistas  ',
  summary: '',
  body: 'Texto',
  tags: 'extorsión, #Transporte, Extorsión,, ',
  places: [
    { regionCode: 'PE-PIU', province: ' Sullana ', city: '' },
    { regionCode: '', province: null, city: null },
  ],
  status: 'shared',
  isPublic: true,
  marking: 'AMBER',
  distribution: 'sharing_group',
  sharingGroupId: 'g1',
  redRecipientIds: ['u1'],
};

describe('note form', () => {
  it('parses tags: trimmed, "#" dropped, repeats in any case removed', () => {
    expect(parseTags(base.tags)).toEqual(['extorsión', 'Transporte']);
  });

  it('finds too many or too long tags', () => {
    expect(tagsProblem(['a'])).toBeNull();
    expect(tagsProblem(Array.from({ length: 21 }, (_, i) => `t${i}`))?.kind).toBe('count');
    expect(tagsProblem(['x'.repeat(41)])).toEqual({ kind: 'length', tag: 'x'.repeat(41), max: 40 });
  });

  it('offers the markings up to the clearance, never above', () => {
    expect(markingsUpTo('AMBER')).toEqual(['CLEAR', 'GREEN', 'AMBER']);
    expect(markingsUpTo('RED')).toHaveLength(5);
    expect(markingsUpTo(null)).toEqual([]);
  });

  it('sends an AMBER group note with its group, without recipients or isPublic', () => {
    expect(createRequest(base)).toEqual({
      kind: 'intelligence',
      authorAgencyId: 'a1',
      status: 'shared',
      title: 'Extorsión a transportistas',
      summary: '',
      body: 'Texto',
      tags: ['extorsión', 'Transporte'],
      places: [{ regionCode: 'PE-PIU', province: 'Sullana', city: null }],
      marking: 'AMBER',
      distribution: 'sharing_group',
      sharingGroupId: 'g1',
    });
  });

  it('sends recipients only with RED, and no group for another distribution', () => {
    const red = createRequest({ ...base, marking: 'RED', distribution: 'agency_only' });
    expect(red.redRecipientIds).toEqual(['u1']);
    expect(red.sharingGroupId).toBeUndefined();
  });

  it('sends a best practice without marking or distribution', () => {
    const bp = createRequest({ ...base, kind: 'best_practice', status: 'draft' });
    expect(bp.marking).toBeUndefined();
    expect(bp.distribution).toBeUndefined();
    expect(bp.isPublic).toBe(true);
    expect(bp.status).toBe('draft');
  });

  it('sends the version an edit is based on', () => {
    expect(updateRequest(base, 7).version).toBe(7);
    expect(updateRequest({ ...base, status: 'withdrawn' }, 7).status).toBe('withdrawn');
  });

  it('fills the form from a note', () => {
    const note = {
      kind: 'best_practice',
      authorAgency: { id: 'a9' },
      title: 'T',
      summary: 'S',
      body: 'B',
      tags: ['a', 'b'],
      places: [{ regionCode: 'PE-LAL', province: null, city: 'Trujillo' }],
      status: 'shared',
      isPublic: false,
      marking: 'CLEAR',
      distribution: 'all_agencies',
      sharingGroup: null,
      redRecipients: [],
    } as unknown as NoteDto;
    const v = formValueOf(note);
    expect(v.tags).toBe('a, b');
    expect(v.authorAgencyId).toBe('a9');
    expect(v.sharingGroupId).toBe('');
  });
});
