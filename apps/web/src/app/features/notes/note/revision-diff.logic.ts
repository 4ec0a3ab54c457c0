import type { NotePlace } from '@cumbre/contracts';
import { diffLines, diffWordsWithSpace } from 'diff';
import { placeText } from '../ui/places';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** One field of a note compared between two revisions; `changed` false when it is identical. */
export interface FieldDiff {
  field: string;
  changed: boolean;
  parts: DiffPart[];
}

const kindOf = (change: { added?: boolean; removed?: boolean }): DiffKind =>
  change.added ? 'added' : change.removed ? 'removed' : 'same';

/**
 * What changed from `before` to `after`. Short texts (a title, a list of tags) are compared word
 * by word; the Markdown body line by line and then word by word inside a changed line pair, so
 * that one corrected word in a paragraph does not show the whole paragraph twice.
 */
export function diffText(before: string, after: string, mode: 'words' | 'lines' = 'words'): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  if (mode === 'words') return merge(diffWordsWithSpace(before, after).map(part));
  const changes = diffLines(before, after);
  const parts: DiffPart[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const next = changes[i + 1];
    // A removed block followed by an added one is an edit: show it word by word.
    if (change.removed && next?.added) {
      parts.push(...diffWordsWithSpace(change.value, next.value).map(part));
      i++;
    } else {
      parts.push(part(change));
    }
  }
  return merge(parts);
}

function part(change: { value: string; added?: boolean; removed?: boolean }): DiffPart {
  return { kind: kindOf(change), text: change.value };
}

/** Neighbouring parts of one kind joined, so that the view has fewer, longer marks. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** Compares the named fields of two revisions; fields are given as text already (tags joined). */
export function diffFields(
  before: Record<string, string>,
  after: Record<string, string>,
  bodyFields: readonly string[] = ['body'],
): FieldDiff[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => {
    const a = before[field] ?? '';
    const b = after[field] ?? '';
    return {
      field,
      changed: a !== b,
      parts: diffText(a, b, bodyFields.includes(field) ? 'lines' : 'words'),
    };
  });
}

/** The older of two revision numbers first, so that "from → to" always reads forward. */
export function orderedPair(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** The parts of a revision the history compares, each as one text. */
export interface RevisionLike {
  version: number;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  places: NotePlace[];
  status: string;
  isPublic: boolean;
  marking: string;
  distribution: string;
  sharingGroup: { name: string } | null;
  editedBy: { id: string; displayName: string } | null;
}

/** A revision as texts, field by field (the order is the order the diff shows them in). */
export function revisionFields(r: RevisionLike, words: { yes: string; no: string }): Record<string, string> {
  return {
    title: r.title,
    summary: r.summary,
    body: r.body,
    tags: r.tags.join(', '),
    places: r.places.map(placeText).join('; '),
    status: r.status,
    marking: r.marking,
    distribution: r.sharingGroup ? `${r.distribution} (${r.sharingGroup.name})` : r.distribution,
    public: r.isPublic ? words.yes : words.no,
  };
}

/**
 * Who made the changes between two versions: the authors of every revision after `from` up to
 * `to`, each named once, in the order they edited.
 */
export function editorsBetween(history: readonly RevisionLike[], from: number, to: number, unknown: string): string[] {
  const names = history
    .filter((r) => r.version > from && r.version <= to)
    .map((r) => r.editedBy?.displayName ?? unknown);
  return [...new Set(names)];
}
