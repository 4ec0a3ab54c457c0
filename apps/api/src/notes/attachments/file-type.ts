// What a file is, from its first bytes (never from its name or the Content-Type the browser
// sent): an executable renamed `.pdf` is refused.
import type { NoteAttachmentType } from '@cumbre/contracts';

/** How much of the start of a file the sniffing looks at (the head of an OOXML zip names its parts). */
export const SNIFF_BYTES = 256 * 1024;

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Office Open XML documents are zip files whose parts live under one of these folders. */
const OOXML: [string, NoteAttachmentType][] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

/**
 * The entry names of the zip local file headers found in `head`. Headers are looked for by their
 * signature rather than walked by size, because entries written with a data descriptor do not
 * say their size up front.
 */
export function zipEntryNames(head: Buffer): string[] {
  const names: string[] = [];
  const signature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
  for (let at = head.indexOf(signature); at !== -1 && at + 30 <= head.length; at = head.indexOf(signature, at + 4)) {
    const nameLength = head.readUInt16LE(at + 26);
    if (at + 30 + nameLength > head.length) break;
    names.push(head.subarray(at + 30, at + 30 + nameLength).toString('utf8'));
  }
  return names;
}

/** The attachment type of a file starting with `head`, or null when it is none we accept. */
export function sniffAttachmentType(head: Buffer): NoteAttachmentType | null {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(head);
    if (!names.includes('[Content_Types].xml')) return null;
    for (const [folder, type] of OOXML) if (names.some((n) => n.startsWith(folder))) return type;
  }
  return null;
}

/** A file name safe for Content-Disposition: no path, no control characters, not empty. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters and quotes go.
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\u0000-\u001f\u007f"]/g;
  const clean = base.replace(unsafe, '').trim().slice(0, 200);
  return clean || 'adjunto';
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266), ASCII fallback for old clients. */
export function attachmentDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[\\"]/g, '') || 'adjunto';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
