// RSS 2.0, Atom 1.0, sitemap and robots.txt, written by hand: a few elements, every text escaped.

export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  /** Sanitised HTML (the app's one renderer); goes out escaped, as HTML content. */
  bodyHtml: string;
  url: string;
  publishedAt: Date;
  updatedAt: Date;
  agencyName: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed stands for, and the feed's own URL. */
  siteUrl: string;
  selfUrl: string;
  /** A stable id (a URN) for Atom. */
  id: string;
}

/** Text for XML content and attribute values; drops characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function rss(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const last = entries[0]?.updatedAt ?? new Date(0);
  const items = entries
    .map(
      (e) => `    <item>
      <title>${xmlEscape(e.title)}</title>
      <link>${xmlEscape(e.url)}</link>
      <guid isPermaLink="false">urn:uuid:${e.id}</guid>
      <pubDate>${e.publishedAt.toUTCString()}</pubDate>
      <category>${xmlEscape(e.agencyName)}</category>
      <description>${xmlEscape(e.summary)}</description>
    </item>`,
    )
    .join('\n');
  return `${XML_HEAD}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlEscape(channel.title)}</title>
    <link>${xmlEscape(channel.siteUrl)}</link>
    <description>${xmlEscape(channel.description)}</description>
    <language>es-PE</language>
    <lastBuildDate>${last.toUTCString()}</lastBuildDate>
    <atom:link href="${xmlEscape(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function atom(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const updated = (entries[0]?.updatedAt ?? new Date(0)).toISOString();
  const items = entries
    .map(
      (e) => `  <entry>
    <title>${xmlEscape(e.title)}</title>
    <id>urn:uuid:${e.id}</id>
    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>
    <published>${e.publishedAt.toISOString()}</published>
    <updated>${e.updatedAt.toISOString()}</updated>
    <author><name>${xmlEscape(e.agencyName)}</name></author>
    <summary>${xmlEscape(e.summary)}</summary>
    <content type="html">${xmlEscape(e.bodyHtml)}</content>
  </entry>`,
    )
    .join('\n');
  return `${XML_HEAD}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es-PE">
  <title>${xmlEscape(channel.title)}</title>
  <subtitle>${xmlEscape(channel.description)}</subtitle>
  <id>${xmlEscape(channel.id)}</id>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(channel.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(channel.siteUrl)}"/>
${items}
</feed>
`;
}

export function sitemap(urls: readonly { loc: string; lastModified?: Date }[]): string {
  const body = urls
    .map(
      (u) =>
        `  <url><loc>${xmlEscape(u.loc)}</loc>${u.lastModified ? `<lastmod>${u.lastModified.toISOString()}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function robots(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Allow: /api/public/',
    'Disallow: /api/',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
