import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atom, robots, rss, sitemap, xmlEscape } from './feeds';

const entry = {
  id: '3f1c2b7e-1111-4222-8333-444455556666',
  title: 'A & B <c> "d" \u0001',
  summary: "l'été",
  bodyHtml: '<p>Hola <strong>mundo</strong></p>',
  url: 'https://cumbre.example/anuncios/a-b',
  publishedAt: new Date('2026-12-01T15:00:00Z'),
  updatedAt: new Date('2026-12-02T15:00:00Z'),
  agencyName: 'Gobierno Regional de Piura',
};
const channel = {
  title: 'Cumbre',
  description: 'Anuncios',
  siteUrl: 'https://cumbre.example/',
  selfUrl: 'https://cumbre.example/feed',
  id: 'urn:cumbre:x',
};

describe('feeds', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape('<a href="x">&\u0000</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });

  it('writes RSS 2.0 and Atom that an independent parser reads back to the same text', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const r = rss(channel, [entry]);
    expect(XMLValidator.validate(r)).toBe(true);
    expect(parser.parse(r).rss.channel.item.title).toBe('A & B <c> "d"');
    const a = atom(channel, [entry]);
    expect(XMLValidator.validate(a)).toBe(true);
    const parsed = parser.parse(a).feed.entry;
    expect(parsed.content['#text']).toBe(entry.bodyHtml);
    expect(parsed.updated).toBe('2026-12-02T15:00:00.000Z');
  });

  it('writes a sitemap and robots.txt pointing at it', () => {
    expect(XMLValidator.validate(sitemap([{ loc: 'https://cumbre.example/', lastModified: entry.updatedAt }]))).toBe(
      true,
    );
    expect(robots('https://cumbre.example')).toContain('Sitemap: https://cumbre.example/sitemap.xml');
  });
});
