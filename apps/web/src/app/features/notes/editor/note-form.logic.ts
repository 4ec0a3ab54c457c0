import {
  NOTE_MAX_TAGS,
  NOTE_TAG_MAX_LENGTH,
  TLP_LEVELS,
  type CreateNoteRequest,
  type NoteDistribution,
  type NoteDto,
  type NoteKind,
  type NotePlace,
  type NoteStatus,
  type TlpLevel,
  type UpdateNoteRequest,
} from '@cumbre/contracts';

/** The editor's values, as the form holds them. */
export interface NoteFormValue {
  kind: NoteKind;
  authorAgencyId: string;
  title: string;
  summary: string;
  body: string;
  /** Comma-separated. */
  tags: string;
  places: NotePlace[];
  status: NoteStatus;
  isPublic: boolean;
  marking: TlpLevel;
  distribution: NoteDistribution;
  sharingGroupId: string;
  redRecipientIds: string[];
}

/** Regions a note may concern (ISO 3166-2:PE), the six of the Macro-región Norte first. */
export const PERU_REGIONS: readonly { code: string; name: string }[] = [
  { code: 'PE-TUM', name: 'Tumbes' },
  { code: 'PE-PIU', name: 'Piura' },
  { code: 'PE-CAJ', name: 'Cajamarca' },
  { code: 'PE-LAM', name: 'Lambayeque' },
  { code: 'PE-LAL', name: 'La Libertad' },
  { code: 'PE-ANC', name: 'Áncash' },
  { code: 'PE-AMA', name: 'Amazonas' },
  { code: 'PE-APU', name: 'Apurímac' },
  { code: 'PE-ARE', name: 'Arequipa' },
  { code: 'PE-AYA', name: 'Ayacucho' },
  { code: 'PE-CAL', name: 'Callao' },
  { code: 'PE-CUS', name: 'Cusco' },
  { code: 'PE-HUV', name: 'Huancavelica' },
  { code: 'PE-HUC', name: 'Huánuco' },
  { code: 'PE-ICA', name: 'Ica' },
  { code: 'PE-JUN', name: 'Junín' },
  { code: 'PE-LIM', name: 'Lima (región)' },
  { code: 'PE-LMA', name: 'Lima Metropolitana' },
  { code: 'PE-LOR', name: 'Loreto' },
  { code: 'PE-MDD', name: 'Madre de Dios' },
  { code: 'PE-MOQ', name: 'Moquegua' },
  { code: 'PE-PAS', name: 'Pasco' },
  { code: 'PE-PUN', name: 'Puno' },
  { code: 'PE-SAM', name: 'San Martín' },
  { code: 'PE-TAC', name: 'Tacna' },
  { code: 'PE-UCA', name: 'Ucayali' },
];

/** "Extorsión, Piura ,, extorsión" → ["Extorsión", "Piura"]: trimmed, empties and repeats (any case) out. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/^#/, '').replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase('es');
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** What is wrong with a tag list, or null: too many, or one too long. */
export function tagsProblem(
  tags: readonly string[],
): { kind: 'count'; max: number } | { kind: 'length'; tag: string; max: number } | null {
  if (tags.length > NOTE_MAX_TAGS) return { kind: 'count', max: NOTE_MAX_TAGS };
  const long = tags.find((t) => t.length > NOTE_TAG_MAX_LENGTH);
  return long ? { kind: 'length', tag: long, max: NOTE_TAG_MAX_LENGTH } : null;
}

/** The markings a clearance may put on a note: at or below it (TLP order). */
export function markingsUpTo(clearance: TlpLevel | null | undefined): TlpLevel[] {
  if (!clearance) return [];
  return TLP_LEVELS.slice(0, TLP_LEVELS.indexOf(clearance) + 1);
}

function cleanPlaces(places: readonly NotePlace[]): NotePlace[] {
  return places
    .filter((p) => p.regionCode)
    .map((p) => ({
      regionCode: p.regionCode,
      province: p.province?.trim() || null,
      city: p.city?.trim() || null,
    }));
}

/**
 * The fields both requests share. Intelligence-only fields go only with intelligence, group only
 * with `sharing_group`, recipients only with RED: the API refuses them elsewhere, and the form
 * keeps what the author typed in fields that are hidden now (switching back brings them back).
 */
function fields(v: NoteFormValue) {
  const intelligence = v.kind === 'intelligence';
  return {
    title: v.title.trim(),
    summary: v.summary.trim(),
    body: v.body,
    tags: parseTags(v.tags),
    places: cleanPlaces(v.places),
    ...(intelligence
      ? {
          marking: v.marking,
          distribution: v.distribution,
          ...(v.distribution === 'sharing_group' ? { sharingGroupId: v.sharingGroupId } : {}),
          ...(v.marking === 'RED' ? { redRecipientIds: v.redRecipientIds } : {}),
        }
      : { isPublic: v.isPublic }),
  };
}

export function createRequest(v: NoteFormValue): CreateNoteRequest {
  return {
    kind: v.kind,
    authorAgencyId: v.authorAgencyId,
    status: v.status === 'shared' ? 'shared' : 'draft',
    ...fields(v),
  };
}

export function updateRequest(v: NoteFormValue, version: number): UpdateNoteRequest {
  return { version, status: v.status, ...fields(v) };
}

/** The form's values for an existing note. */
export function formValueOf(n: NoteDto): NoteFormValue {
  return {
    kind: n.kind,
    authorAgencyId: n.authorAgency.id,
    title: n.title,
    summary: n.summary,
    body: n.body,
    tags: n.tags.join(', '),
    places: n.places.map((p) => ({ ...p })),
    status: n.status,
    isPublic: n.isPublic,
    marking: n.marking,
    distribution: n.distribution,
    sharingGroupId: n.sharingGroup?.id ?? '',
    redRecipientIds: n.redRecipients.map((p) => p.id),
  };
}
