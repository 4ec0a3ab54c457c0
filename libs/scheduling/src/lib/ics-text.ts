// RFC 5545 content-line primitives: escaping, parameter quoting, folding, date-time forms.
import { localDateTime, LocalDateTime } from './time-zone';

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/**
 * A parameter value: quoted when it holds ':', ';' or ','; a double quote cannot appear in one
 * at all (RFC 5545 §3.1), so it becomes a single quote; control characters are dropped.
 */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/"/g, "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line so that no physical line exceeds 75 octets (the CRLF not counted);
 * continuation lines start with one space. Never splits a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_OCTETS;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

export type IcsParams = Record<string, string | undefined>;

/** NAME;PARAM=value:VALUE, folded. `value` must already be escaped when it is TEXT. */
export function contentLine(name: string, value: string, params: IcsParams = {}): string {
  const p = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `;${k}=${paramValue(v)}`)
    .join('');
  return foldLine(`${name}${p}:${value}`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatLocal(l: LocalDateTime): string {
  return `${pad(l.year, 4)}${pad(l.month)}${pad(l.day)}T${pad(l.hour)}${pad(l.minute)}${pad(l.second)}`;
}

/** 20261205T140000Z */
export function formatUtc(date: Date): string {
  return `${formatLocal({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  })}Z`;
}

/** The wall-clock form used with TZID=zone: 20261205T090000 */
export function formatInZone(date: Date, zone: string): string {
  return formatLocal(localDateTime(date, zone));
}
