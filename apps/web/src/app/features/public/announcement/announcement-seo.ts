import { PUBLIC_PATHS, type PublicAnnouncementDto } from '@cumbre/contracts';
import type { PageSeo } from '../ui/seo';

/** schema.org NewsArticle of an announcement (absolute URLs from `origin`). */
export function newsArticle(a: PublicAnnouncementDto, origin: string): Record<string, unknown> {
  const url = `${origin}${a.path || PUBLIC_PATHS.announcement(a.slug)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.summary,
    datePublished: a.publishedAt,
    dateModified: a.revisedAt ?? a.publishedAt,
    mainEntityOfPage: url,
    url,
    inLanguage: 'es-PE',
    ...(a.cover ? { image: a.cover.variants.map((v) => `${origin}${v.url}`) } : {}),
    author: {
      '@type': 'GovernmentOrganization',
      name: a.agency.name,
      url: `${origin}${PUBLIC_PATHS.agency(a.agency.id)}`,
    },
    publisher: { '@type': 'Organization', name: 'Cumbre' },
    commentCount: a.commentCount,
  };
}

export function announcementSeo(a: PublicAnnouncementDto, origin: string): PageSeo {
  return {
    title: a.title,
    description: a.summary,
    path: a.path || PUBLIC_PATHS.announcement(a.slug),
    type: 'article',
    image: a.cover?.url ?? null,
    imageAlt: a.cover?.alt ?? null,
    jsonLd: newsArticle(a, origin),
  };
}
