import { DOCUMENT, isPlatformBrowser, registerLocaleData } from '@angular/common';
import localeEsPE from '@angular/common/locales/es-PE';
import { computed, inject, Injectable, PLATFORM_ID, REQUEST, signal } from '@angular/core';

// Angular's pipes and formatDate need the locale data of every language the app can switch to;
// English ('en') ships with Angular.
registerLocaleData(localeEsPE, 'es-PE');

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'es';

const LOCALES: Record<Lang, string> = { es: 'es-PE', en: 'en' };

/** A cookie (not localStorage) so that server-rendered public pages come out in the reader's language. */
export const LANG_COOKIE = 'cumbre_lang';

/**
 * `?lang=en` on a public page's address chooses its language over the cookie: the English
 * version of a page has an address of its own (hreflang, a shared link in English).
 */
export const LANG_QUERY = 'lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly request = inject(REQUEST, { optional: true });
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));

  private readonly current = signal<Lang>(this.initialLang());
  readonly lang = this.current.asReadonly();
  /** The locale id for Angular pipes and Intl. */
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    this.document.documentElement.lang = this.locale();
  }

  setLang(lang: Lang): void {
    this.current.set(lang);
    this.document.documentElement.lang = this.locale();
    if (this.isBrowser) {
      this.document.cookie = `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`;
    }
  }

  private initialLang(): Lang {
    const href = this.isBrowser ? this.document.location?.href : this.request?.url;
    const asked = href && URL.canParse(href) ? new URL(href).searchParams.get(LANG_QUERY) : null;
    if (isLang(asked)) return asked;
    const cookies = this.isBrowser ? this.document.cookie : this.request?.headers.get('cookie');
    const saved = readCookie(cookies, LANG_COOKIE);
    return isLang(saved) ? saved : DEFAULT_LANG;
  }
}
