import { computed, inject, Pipe, PipeTransform, Signal } from '@angular/core';
import { I18n, type Lang } from './i18n.service';

/**
 * One feature's messages in every language. The English dictionary must have exactly the keys
 * of the Spanish one, so a missing translation is a compile error, not a blank on screen.
 */
export interface Messages<T extends Record<string, string>> {
  es: T;
  en: Record<keyof T, string>;
}

export function defineMessages<T extends Record<string, string>>(messages: Messages<T>): Messages<T> {
  return messages;
}

/** The dictionary of the current language, as a signal: `t().title` in a template. */
export function injectMessages<T extends Record<string, string>>(
  messages: Messages<T>,
): Signal<Record<keyof T, string>> {
  const i18n = inject(I18n);
  return computed(() => messages[i18n.lang()]);
}

/** Fills `{name}` placeholders. Unknown placeholders are left as they are, so a typo shows up. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

@Pipe({ name: 'fill' })
export class FillPipe implements PipeTransform {
  transform(template: string, params: Record<string, string | number>): string {
    return fill(template, params);
  }
}

/**
 * A count in words: the sentence for exactly one, else the sentence for `{n}` filled in
 * ("1 agencia" / "12 agencias"). Both languages of the app put 1 alone and 0 with the many.
 */
export function countText(n: number, one: string, many: string): string {
  return n === 1 ? one : fill(many, { n });
}

/** Names as a sentence lists them: "GR Piura, GR Tumbes y ANGR" ("…, and ANGR" in English). */
export function listText(names: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, {
    style: 'long',
    type: 'conjunction',
  }).format(names);
}

/**
 * `{{ d.endorsedBy | agencyList }}`: agencies by their short names as a sentence lists them, in
 * the reader's language ("GR Piura, GR Tumbes y ANGR"; see `listText`).
 */
@Pipe({ name: 'agencyList', pure: false })
export class AgencyListPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(agencies: readonly { name: string; shortName: string }[]): string {
    return listText(
      agencies.map((a) => a.shortName || a.name),
      this.i18n.lang(),
    );
  }
}

/** `{{ page.total | count: t().countOne : t().count }}` (see `countText`). */
@Pipe({ name: 'count' })
export class CountPipe implements PipeTransform {
  transform(n: number, one: string, many: string): string {
    return countText(n, one, many);
  }
}
