// Pure rules of reader comments: what holds a comment for moderation.
import { createHash, createHmac } from 'node:crypto';
import { COMMENT_MAX_LINKS_BEFORE_HOLD } from '@cumbre/contracts';

/** A duplicate of a comment posted on the same announcement this recently is held. */
export const DUPLICATE_WINDOW_MINUTES = 5;

const LINK =
  /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|xyz|io|pe|ru|cn|top|site|online|club|me|co|gob\.pe)\b(?:\/[^\s<>"']*)?/giu;

/** How many links a text holds (with or without the scheme). */
export function countLinks(text: string): number {
  return (text.match(LINK) ?? []).length;
}

export const tooManyLinks = (text: string) => countLinks(text) > COMMENT_MAX_LINKS_BEFORE_HOLD;

/** Lower case, accents folded, blanks collapsed: how texts and words are compared. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A blocked word as the comment check looks for it (the column `needle`): folded, and every run
 * of what is neither letter nor digit made one blank. '' for a word of punctuation only, which
 * blocks nothing.
 */
export function wordNeedle(word: string): string {
  return foldText(word)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A comment's text as the check reads it: folded the same way, between blanks, so that a word is
 * blocked when ` needle ` stands in it, whole words only (comment.queries.ts, in SQL).
 */
export function wordHaystack(text: string): string {
  return ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/** A fingerprint of a text for the duplicate check (same words, whatever the case and spacing). */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(foldText(text)).digest('hex');
}

/** The keyed hash of a network address: limits, flags and blocks use it; the IP is never stored. */
export function hashIp(ip: string | null, secret: string): string | null {
  return ip ? createHmac('sha256', secret).update(`comment-ip:${ip}`).digest('hex') : null;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
