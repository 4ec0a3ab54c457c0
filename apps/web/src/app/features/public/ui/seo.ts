import { DOCUMENT } from '@angular/common';
import { effect, inject, Injectable, REQUEST } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';
import { I18n, LANG_QUERY } from '../../../core/i18n/i18n.service';

/** What a public page says about itself to search engines and link previews. */
export interface PageSeo {
  title: string;
  description: string;
  /** Path of the page ('/anuncios/plan'); the canonical URL is the site's origin + this. */
  path: string;
  /** 'article' for an announcement, 'website' otherwise. */
  type?: 'article' | 'website';
  /** Absolute or site-relative image URL for the preview card. */
  image?: string | null;
  imageAlt?: string | null;
  /** schema.org data (NewsArticle, Event …), written as JSON-LD. */
  jsonLd?: Record<string, unknown> | Record<string, unknown>[] | null;
}

const SITE_NAME = 'Cumbre';
const MANAGED = 'data-public-seo';

/** Inside a <script> element nothing may close it: `<` is escaped as JSON allows. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Title, description, canonical URL, hreflang alternates (Spanish is the plain URL, English
 * the same with `?lang=en`), Open Graph and Twitter card tags and JSON-LD, through Angular's
 * Meta/Title and DOCUMENT so that the server writes them into the HTML before any script runs.
 * Every element it adds is marked, and the next page replaces them.
 */
@Injectable({ providedIn: 'root' })
export class PublicSeo {
  private readonly meta = inject(Meta);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly request = inject(REQUEST, { optional: true });

  /** The site's origin: the request's on the server, the window's in the browser. */
  origin(): string {
    const href = this.request?.url ?? this.document.location?.href ?? '';
    return URL.canParse(href) ? new URL(href).origin : '';
  }

  absolute(pathOrUrl: string): string {
    return URL.canParse(pathOrUrl) ? pathOrUrl : `${this.origin()}${pathOrUrl}`;
  }

  apply(seo: PageSeo, lang: 'es' | 'en'): void {
    const canonical = this.absolute(seo.path);
    const full = seo.title ? `${seo.title} · ${SITE_NAME}` : SITE_NAME;
    this.title.setTitle(full);
    const tags: [string, string, string][] = [
      ['name', 'description', seo.description],
      ['property', 'og:site_name', SITE_NAME],
      ['property', 'og:type', seo.type ?? 'website'],
      ['property', 'og:title', seo.title || SITE_NAME],
      ['property', 'og:description', seo.description],
      ['property', 'og:url', canonical],
      ['property', 'og:locale', lang === 'es' ? 'es_PE' : 'en_US'],
      ['property', 'og:locale:alternate', lang === 'es' ? 'en_US' : 'es_PE'],
      ['name', 'twitter:card', seo.image ? 'summary_large_image' : 'summary'],
      ['name', 'twitter:title', seo.title || SITE_NAME],
      ['name', 'twitter:description', seo.description],
    ];
    if (seo.image) {
      tags.push(['property', 'og:image', this.absolute(seo.image)]);
      tags.push(['name', 'twitter:image', this.absolute(seo.image)]);
      if (seo.imageAlt) {
        tags.push(['property', 'og:image:alt', seo.imageAlt]);
        tags.push(['name', 'twitter:image:alt', seo.imageAlt]);
      }
    } else {
      for (const sel of [
        "property='og:image'",
        "name='twitter:image'",
        "property='og:image:alt'",
        "name='twitter:image:alt'",
      ])
        this.meta.removeTag(sel);
    }
    for (const [attr, key, content] of tags) {
      this.meta.updateTag({ [attr]: key, content });
    }

    this.clearHead();
    const en = `${canonical}${canonical.includes('?') ? '&' : '?'}${LANG_QUERY}=en`;
    this.link({ rel: 'canonical', href: lang === 'en' ? en : canonical });
    this.link({ rel: 'alternate', hreflang: 'es', href: canonical });
    this.link({ rel: 'alternate', hreflang: 'en', href: en });
    this.link({ rel: 'alternate', hreflang: 'x-default', href: canonical });
    if (seo.jsonLd) {
      const script = this.document.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.setAttribute(MANAGED, '');
      script.textContent = jsonLdText(seo.jsonLd);
      this.document.head.appendChild(script);
    }
  }

  private link(attrs: Record<string, string>): void {
    const link = this.document.createElement('link');
    for (const [key, value] of Object.entries(attrs)) link.setAttribute(key, value);
    link.setAttribute(MANAGED, '');
    this.document.head.appendChild(link);
  }

  private clearHead(): void {
    this.document.head.querySelectorAll(`[${MANAGED}]`).forEach((el) => el.remove());
  }
}

/**
 * Keeps a public page's tags in step with its data and the reader's language: `seo` reads the
 * page's signals (it gets the service for absolute URLs). Call in a page's constructor.
 */
export function followPageSeo(seo: (service: PublicSeo) => PageSeo): void {
  const service = inject(PublicSeo);
  const i18n = inject(I18n);
  effect(() => service.apply(seo(service), i18n.lang()));
}

/** What a page whose slug or id is unknown says about itself. */
export function notFoundSeo(title: string, path = '/'): PageSeo {
  return { title, description: '', path };
}
