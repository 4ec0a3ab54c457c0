// Knowledge notes (issue #10): best practices every agency may read, and intelligence notes
// under a TLP 2.0 marking and a distribution. Shapes only; no framework imports.
import type { AgencySummary } from '../agencies/agencies';
import type { TlpLevel } from '../identity/identity';
import type { PersonSummary } from '../meetings/meetings';

export const NOTE_KINDS = ['best_practice', 'intelligence'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** `draft`: only its author (and the author agency's leader); `shared`: its readers; `withdrawn`: back to the author side. */
export const NOTE_STATUSES = ['draft', 'shared', 'withdrawn'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** Narrowest first: widening is a move to the right. */
export const NOTE_DISTRIBUTIONS = ['agency_only', 'sharing_group', 'all_agencies'] as const;
export type NoteDistribution = (typeof NOTE_DISTRIBUTIONS)[number];

/** What TLP 2.0 says each marking means (FIRST's wording, in Spanish and English), for the banner. */
export const TLP_MEANINGS: Record<TlpLevel, { es: string; en: string; color: string; background: string }> = {
  CLEAR: {
    es: 'Divulgación sin restricciones.',
    en: 'Disclosure is not limited.',
    color: '#FFFFFF',
    background: '#000000',
  },
  GREEN: {
    es: 'Divulgación limitada a la comunidad: no publicar.',
    en: 'Limited disclosure, recipients can spread this within their community.',
    color: '#33FF00',
    background: '#000000',
  },
  AMBER: {
    es: 'Divulgación limitada a la organización del receptor y sus clientes que necesiten saberlo.',
    en: 'Limited disclosure, recipients can only spread this on a need-to-know basis within their organization and its clients.',
    color: '#FFC000',
    background: '#000000',
  },
  'AMBER+STRICT': {
    es: 'Divulgación limitada exclusivamente a la organización del receptor.',
    en: 'Limited disclosure, recipients can only spread this on a need-to-know basis within their organization only.',
    color: '#FFC000',
    background: '#000000',
  },
  RED: {
    es: 'Solo para los ojos y oídos de los destinatarios nombrados.',
    en: 'For the eyes and ears of individual recipients only, no further disclosure.',
    color: '#FF2B2B',
    background: '#000000',
  },
};

export const NOTE_TITLE_MAX_LENGTH = 200;
export const NOTE_SUMMARY_MAX_LENGTH = 1000;
export const NOTE_BODY_MAX_LENGTH = 100_000;
export const NOTE_TAG_MAX_LENGTH = 40;
export const NOTE_MAX_TAGS = 20;
export const NOTE_MAX_PLACES = 20;
export const NOTE_MAX_RED_RECIPIENTS = 50;
export const NOTE_COMMENT_MAX_LENGTH = 5000;
export const NOTE_PLACE_NAME_MAX_LENGTH = 80;
export const NOTE_SEARCH_MAX_LIMIT = 50;
export const NOTE_SEARCH_DEFAULT_LIMIT = 20;
/** Attachments: 20 MB each, checked while the upload streams. */
export const NOTE_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Content types an attachment may have (decided from its first bytes, not from its name). */
export const NOTE_ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/x-ole-storage',
] as const;
export type NoteAttachmentType = (typeof NOTE_ATTACHMENT_TYPES)[number];

/** A place a note concerns: a region (ISO 3166-2, e.g. PE-LAL) and optionally a province or city. */
export interface NotePlace {
  regionCode: string;
  province: string | null;
  city: string | null;
}

export interface SharingGroupSummary {
  id: string;
  name: string;
}

/** What the caller may do with the note (the API decides; the web app only shows or hides). */
export interface NotePermissions {
  edit: boolean;
  delete: boolean;
  /** Widen the distribution, lower the marking or publish to the public: the author agency's leader. */
  widen: boolean;
  comment: boolean;
  /** The agencies on whose behalf the caller may endorse (leader or staff there, not the author agency). */
  endorseAs: AgencySummary[];
  /** "Who read this": the author agency's leader. */
  seeReaders: boolean;
  uploadAttachment: boolean;
}

/** A note in lists and search results. */
export interface NoteSummaryDto {
  id: string;
  kind: NoteKind;
  title: string;
  summary: string;
  tags: string[];
  places: NotePlace[];
  author: PersonSummary | null;
  authorAgency: AgencySummary;
  status: NoteStatus;
  /** Best practice only: also shown read-only on the public site. Always false for intelligence. */
  isPublic: boolean;
  /** Best practices are `CLEAR`. */
  marking: TlpLevel;
  distribution: NoteDistribution;
  sharingGroup: SharingGroupSummary | null;
  endorsementCount: number;
  commentCount: number;
  attachmentCount: number;
  createdAt: string;
  updatedAt: string;
  /** When it was first shared; null while a draft. */
  sharedAt: string | null;
  version: number;
}

export interface NoteAttachmentDto {
  id: string;
  fileName: string;
  contentType: NoteAttachmentType;
  sizeBytes: number;
  uploadedBy: PersonSummary | null;
  uploadedAt: string;
}

/** `GET /api/notes/:id` */
export interface NoteDto extends NoteSummaryDto {
  /** Markdown source. */
  body: string;
  /** Sanitised HTML of the body (the app's one renderer), safe to insert as it is. */
  bodyHtml: string;
  /** RED only: the named recipients (the author always reads too). */
  redRecipients: PersonSummary[];
  attachments: NoteAttachmentDto[];
  /** The agencies that said "this helped us". */
  endorsedBy: AgencySummary[];
  permissions: NotePermissions;
}

/** One search hit: the summary, its rank and a snippet. */
export interface NoteSearchHitDto extends NoteSummaryDto {
  /** ts_rank of the query; null without `q`. */
  rank: number | null;
  /**
   * HTML: the matching passage with the matches inside `<mark>…</mark>`; every other character
   * is escaped text. Null without `q`.
   */
  snippet: string | null;
}

export interface NoteFacetCount {
  value: string;
  count: number;
}

export interface NoteAgencyFacetCount {
  agency: AgencySummary;
  count: number;
}

/** Counts over everything that matches the query and the caller may read (filters other than the facet's own applied). */
export interface NoteFacetsDto {
  kind: NoteFacetCount[];
  tag: NoteFacetCount[];
  marking: NoteFacetCount[];
  agency: NoteAgencyFacetCount[];
}

/**
 * `GET /api/notes?q=&kind=&tag=&place=&agency=&marking=&status=&from=&to=&after=&limit=`.
 * `place` is a region code (PE-LAL) or a province/city name; `from`/`to` are calendar dates
 * (YYYY-MM-DD) on the note's last update; `after` is the `nextCursor` of the previous page.
 */
export interface NoteSearchQuery {
  q?: string;
  kind?: NoteKind;
  tag?: string;
  place?: string;
  agency?: string;
  marking?: TlpLevel;
  status?: NoteStatus;
  from?: string;
  to?: string;
  after?: string;
  limit?: number;
}

export interface NoteSearchResultDto {
  items: NoteSearchHitDto[];
  /** How many notes match in all (every page), among those the caller may read. */
  total: number;
  facets: NoteFacetsDto;
  /** Send as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** `POST /api/notes` */
export interface CreateNoteRequest {
  kind: NoteKind;
  /** The agency the note is written for; the author must be a member. */
  authorAgencyId: string;
  title: string;
  summary?: string;
  /** Markdown. */
  body: string;
  tags?: string[];
  places?: NotePlace[];
  /** Default `draft`. */
  status?: 'draft' | 'shared';
  /** Best practice only; publishing to the public needs the author agency's leader. */
  isPublic?: boolean;
  /** Intelligence only (required there); best practices are CLEAR. */
  marking?: TlpLevel;
  /** Intelligence only (required there); best practices reach all agencies. */
  distribution?: NoteDistribution;
  /** Required with `sharing_group`; the author agency must be in the group. */
  sharingGroupId?: string | null;
  /** Required (at least one) with RED. */
  redRecipientIds?: string[];
}

/** `PATCH /api/notes/:id`: what is given changes; `version` is the one the edit is based on. */
export interface UpdateNoteRequest {
  version: number;
  title?: string;
  summary?: string;
  body?: string;
  tags?: string[];
  places?: NotePlace[];
  status?: NoteStatus;
  isPublic?: boolean;
  marking?: TlpLevel;
  distribution?: NoteDistribution;
  sharingGroupId?: string | null;
  redRecipientIds?: string[];
}

/** One state of a note as it was: revision `version` is the note as version `version` had it. */
export interface NoteRevisionDto {
  version: number;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  places: NotePlace[];
  status: NoteStatus;
  isPublic: boolean;
  marking: TlpLevel;
  distribution: NoteDistribution;
  sharingGroup: SharingGroupSummary | null;
  /** Who wrote this version, and when. */
  editedBy: PersonSummary | null;
  editedAt: string;
}

/** `GET /api/notes/:id/revisions`: oldest first, the current version last. The web app diffs any two. */
export type NoteHistoryDto = NoteRevisionDto[];

export interface NoteCommentDto {
  id: string;
  body: string;
  bodyHtml: string;
  author: PersonSummary | null;
  authorAgency: AgencySummary | null;
  createdAt: string;
}

/** `POST /api/notes/:id/comments` */
export interface CreateNoteCommentRequest {
  /** Markdown. */
  body: string;
  /** The agency the commenter speaks for (one of theirs); defaults to their first membership. */
  agencyId?: string;
}

/** `PUT /api/notes/:id/endorsements/:agencyId` endorses, `DELETE` withdraws; both answer this. */
export interface NoteEndorsementsDto {
  count: number;
  agencies: AgencySummary[];
}

export const NOTE_RECIPIENTS_DEFAULT_LIMIT = 20;
export const NOTE_RECIPIENTS_MAX_LIMIT = 50;
export const NOTE_RECIPIENTS_QUERY_MAX_LENGTH = 100;

/** `GET /api/notes/recipients?q=&limit=`: who may name RED recipients (a RED-cleared membership). */
export interface NoteRecipientQuery {
  /** Part of the name, any case, accents or not. */
  q?: string;
  limit?: number;
}

/** A person a RED note may name: RED-cleared in `agencies` (by name; no e-mail). */
export interface NoteRecipientDto {
  id: string;
  displayName: string;
  agencies: AgencySummary[];
}

/**
 * `read` one note, `search` (a query with text returned it), `list` (the library without text
 * showed its title and summary), `download` an attachment, `export` the Markdown file.
 */
export const NOTE_READ_ACTIONS = ['read', 'search', 'list', 'download', 'export'] as const;
export type NoteReadAction = (typeof NOTE_READ_ACTIONS)[number];

/** `GET /api/notes/:id/readers` (the author agency's leader): newest first. */
export interface NoteReadEventDto {
  reader: PersonSummary | null;
  action: NoteReadAction;
  at: string;
  ip: string | null;
}

/** `POST /api/meetings/:id/agenda/items/:itemId/notes` links a note to an agenda item. */
export interface LinkNoteRequest {
  noteId: string;
}
