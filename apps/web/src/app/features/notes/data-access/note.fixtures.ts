import type { NoteDto, NoteSearchHitDto, NoteSearchResultDto } from '@cumbre/contracts';
import { AGENCY } from '../../../../testing/fixtures';

const PIURA = AGENCY.piura;

export function hit(id: string, overrides: Partial<NoteSearchHitDto> = {}): NoteSearchHitDto {
  return {
    id,
    kind: 'intelligence',
    title: `Nota ${id}`,
    summary: 'Resumen',
    tags: ['extorsión'],
    places: [{ regionCode: 'PE-PIU', province: 'Sullana', city: null }],
    author: { id: 'u-1', displayName: 'Ana Analista' },
    authorAgency: PIURA,
    status: 'shared',
    isPublic: false,
    marking: 'AMBER',
    distribution: 'sharing_group',
    sharingGroup: { id: 'g-1', name: 'Macro-región Norte' },
    endorsementCount: 0,
    commentCount: 0,
    attachmentCount: 0,
    createdAt: '2026-11-20T15:00:00Z',
    updatedAt: '2026-11-21T15:00:00Z',
    sharedAt: '2026-11-20T15:00:00Z',
    version: 1,
    rank: 0.5,
    snippet: 'Una red de <mark>extorsión</mark> en Sullana',
    ...overrides,
  };
}

export function result(items: NoteSearchHitDto[], overrides: Partial<NoteSearchResultDto> = {}): NoteSearchResultDto {
  return {
    items,
    total: items.length,
    facets: {
      kind: [{ value: 'intelligence', count: items.length }],
      tag: [{ value: 'extorsión', count: items.length }],
      marking: [{ value: 'AMBER', count: items.length }],
      agency: [{ agency: PIURA, count: items.length }],
    },
    nextCursor: null,
    ...overrides,
  };
}

export function noteDto(overrides: Partial<NoteDto> = {}): NoteDto {
  // A note is a search hit without its rank and snippet.
  const { rank, snippet, ...summary } = hit('n-1');
  void rank;
  void snippet;
  return {
    ...summary,
    body: 'Texto',
    bodyHtml: '<p>Texto</p>',
    redRecipients: [],
    attachments: [],
    endorsedBy: [],
    permissions: {
      edit: false,
      delete: false,
      widen: false,
      comment: true,
      endorseAs: [],
      seeReaders: false,
      uploadAttachment: false,
    },
    ...overrides,
  };
}
