import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  PUBLIC_MEETING_NEWS,
  type KeysetPage,
  type PublicAgencyDto,
  type PublicAnnouncementDto,
  type PublicMeetingDetailDto,
  type PublicMeetingDto,
} from '@cumbre/contracts';
import { PublicContent } from '../common/public-content/public-content.service';
import {
  advanceClock,
  approve,
  freshEmail,
  postComment,
  publishAnnouncement,
  usePublicWorld,
} from '../../test/public-world';
import { eventually } from '../../test/eventually';

describe('public site: JSON, caching, feeds, and the e-mail never shown', () => {
  const w = usePublicWorld();
  const get = (url: string, headers: Record<string, string> = {}) => w.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    await eventually(async () => expect(w.app.get(PublicContent).listening).toBe(true));
  });

  it('answers with an ETag and public Cache-Control, and 304 when the client has it', async () => {
    const a = await publishAnnouncement(w.app, w);
    const first = await get(`/api/public/announcements/${a.slug}`);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    expect(first.headers['set-cookie']).toBeUndefined();
    const etag = first.headers['etag'] as string;
    const again = await get(`/api/public/announcements/${a.slug}`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const list = await get('/api/public/announcements');
    expect(
      (await get('/api/public/announcements', { 'if-none-match': list.headers['etag'] as string })).statusCode,
    ).toBe(304);
  });

  it('compresses with brotli or gzip when asked', async () => {
    for (let i = 0; i < 3; i++) await publishAnnouncement(w.app, w, { summary: 'Resumen largo '.repeat(30) });
    const br = await get('/api/public/announcements?limit=20', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    const gz = await get('/api/public/announcements?limit=20', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
  });

  it('a cached announcement is dropped after an edit and after an approved comment (new ETag, new content)', async () => {
    const a = await publishAnnouncement(w.app, w);
    const url = `/api/public/announcements/${a.slug}`;
    const cache = w.app.get(PublicContent).apiCache;
    // The announcement's own creation is still being announced: wait until its echo has passed.
    const before = await get(url);
    await eventually(async () => {
      await get(url);
      const hits = cache.stats.hits;
      expect((await get(url)).headers['etag']).toBe(before.headers['etag']);
      expect(cache.stats.hits).toBe(hits + 1);
    });

    await w.app.inject({
      method: 'PATCH',
      url: `/api/announcements/${a.id}`,
      headers: w.moderator,
      payload: { version: a.version, body: 'Texto **nuevo**' },
    });
    await eventually(async () => {
      const after = (await get(url)).json() as PublicAnnouncementDto;
      expect(after.bodyHtml).toContain('<strong>nuevo</strong>');
    });
    const edited = await get(url);
    expect(edited.headers['etag']).not.toBe(before.headers['etag']);

    const c = await postComment(w.app, a.slug, { text: 'Comentario esperado' });
    expect(((await get(url)).json() as PublicAnnouncementDto).comments).toEqual([]);
    await approve(w.app, w, c.body.id);
    await eventually(async () => {
      expect(((await get(url)).json() as PublicAnnouncementDto).comments.map((x) => x.text)).toEqual([
        'Comentario esperado',
      ]);
    });
  });

  it('agency page and public meetings', async () => {
    await publishAnnouncement(w.app, w);
    const agency = (await get(`/api/public/agencies/${w.piura.id}`)).json() as PublicAgencyDto;
    expect(agency).toMatchObject({ id: w.piura.id, feeds: { rss: expect.stringContaining('rss.xml') } });
    expect(agency.announcements.items.length).toBeGreaterThan(0);
    expect(agency.announcements.items.every((x) => x.agency.id === w.piura.id)).toBe(true);
    expect((await get('/api/public/agencies/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/public/agencies/nope')).statusCode).toBe(400);

    for (const when of ['upcoming', 'past']) {
      const res = await get(`/api/public/meetings?when=${when}&limit=50`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as KeysetPage<PublicMeetingDto>;
      for (const m of page.items) {
        expect(m.status).not.toBe('draft');
        expect(m.icsUrl).toBe(`/api/public/meetings/${m.id}.ics`);
        const ics = await get(m.icsUrl);
        expect(ics.statusCode).toBe(200);
        expect(ics.body).toContain('BEGIN:VCALENDAR');
        expect(ics.body).not.toMatch(/mailto:/i);
        expect((await get(`/api/public/meetings/${m.id}`)).json()).toMatchObject({ id: m.id, timeZone: m.timeZone });
      }
    }
    const [internal] = await w.db.query(`SELECT id FROM meeting WHERE visibility = 'internal' LIMIT 1`);
    if (internal) expect((await get(`/api/public/meetings/${internal.id}`)).statusCode).toBe(404);
  });

  it('a public meeting lists the published announcements about it, newest first; a new one shows at once', async () => {
    const [m]: { id: string }[] = await w.db.query(
      `SELECT id FROM meeting WHERE visibility = 'public' AND status <> 'draft' ORDER BY created_at LIMIT 1`,
    );
    const url = `/api/public/meetings/${m.id}`;
    const about = async () => (await get(url)).json() as PublicMeetingDetailDto;
    const before = (await about()).announcements.map((a) => a.slug);
    const first = await publishAnnouncement(w.app, w, { meetingId: m.id });
    await publishAnnouncement(w.app, w, { meetingId: m.id, status: 'draft' });
    await publishAnnouncement(w.app, w);
    await eventually(async () =>
      expect((await about()).announcements.map((a) => a.slug)).toEqual(
        [first.slug, ...before].slice(0, PUBLIC_MEETING_NEWS),
      ),
    );
    // Read again (cached), then one more: the cached answer is dropped, the newest comes first.
    await about();
    const second = await publishAnnouncement(w.app, w, { meetingId: m.id });
    await eventually(async () =>
      expect((await about()).announcements.map((a) => a.slug).slice(0, 2)).toEqual([second.slug, first.slug]),
    );
  });

  it('RSS, Atom (site-wide and per agency) and the sitemap are well-formed to an independent parser', async () => {
    await publishAnnouncement(w.app, w, { title: 'Título con <etiquetas> & "comillas"', body: '<b>negrita</b> & más' });
    const parser = new XMLParser({ ignoreAttributes: false });
    const feeds = [
      ['/api/public/feeds/rss.xml', 'application/rss+xml'],
      ['/api/public/feeds/atom.xml', 'application/atom+xml'],
      [`/api/public/feeds/agencies/${w.piura.id}/rss.xml`, 'application/rss+xml'],
      [`/api/public/feeds/agencies/${w.piura.id}/atom.xml`, 'application/atom+xml'],
      ['/sitemap.xml', 'application/xml'],
    ];
    for (const [url, type] of feeds) {
      const res = await get(url);
      expect([url, res.statusCode]).toEqual([url, 200]);
      expect(res.headers['content-type']).toContain(type);
      expect(XMLValidator.validate(res.body)).toBe(true);
    }
    const rss = parser.parse((await get('/api/public/feeds/rss.xml')).body);
    expect(rss.rss['@_version']).toBe('2.0');
    const items = [rss.rss.channel.item].flat();
    expect(items.some((i: { title: string }) => i.title === 'Título con <etiquetas> & "comillas"')).toBe(true);
    for (const i of items) {
      expect(i.link).toMatch(/^https?:\/\/.+\/anuncios\/[a-z0-9-]+$/);
      expect(Number.isNaN(Date.parse(i.pubDate))).toBe(false);
    }
    const atom = parser.parse((await get('/api/public/feeds/atom.xml')).body);
    expect(atom.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = [atom.feed.entry].flat();
    expect(
      entries.every(
        (e: { id: string; updated: string }) => e.id.startsWith('urn:uuid:') && !Number.isNaN(Date.parse(e.updated)),
      ),
    ).toBe(true);
    const map = parser.parse((await get('/sitemap.xml')).body);
    expect([map.urlset.url].flat().length).toBeGreaterThan(1);
    const robots = await get('/robots.txt');
    expect(robots.body).toMatch(/^User-agent: \*/);
    expect(robots.body).toContain('Sitemap: ');
    expect((await get('/api/public/feeds/agencies/00000000-0000-4000-8000-000000000000/rss.xml')).statusCode).toBe(404);
  });

  it("no public route ever shows a commenter's e-mail address", async () => {
    const a = await publishAnnouncement(w.app, w);
    const emails = [freshEmail(), freshEmail(), freshEmail()];
    const top = await postComment(w.app, a.slug, { email: emails[0], text: 'visible', notifyReplies: true });
    await approve(w.app, w, top.body.id);
    const reply = await postComment(w.app, a.slug, { email: emails[1], parentId: top.body.id });
    await approve(w.app, w, reply.body.id);
    await postComment(w.app, a.slug, { email: emails[2] }); // pending
    await advanceClock(w.app, 1);

    // Every public GET route the API documents, with its parameters filled in.
    const doc = (await get('/api/docs-json')).json() as { paths: Record<string, Record<string, unknown>> };
    const fill = (path: string) =>
      path
        .replace('{slug}', a.slug)
        .replace('{id}.ics', `${await0.meetingId ?? '00000000-0000-4000-8000-000000000000'}.ics`)
        .replace('/agencies/{id}', `/agencies/${w.piura.id}`)
        .replace('{id}', await0.meetingId ?? '00000000-0000-4000-8000-000000000000')
        .replace('{token}', 'x');
    const meetings = (await get('/api/public/meetings?when=upcoming')).json() as KeysetPage<PublicMeetingDto>;
    const await0 = { meetingId: meetings.items[0]?.id as string | undefined };
    const routes = Object.entries(doc.paths)
      .filter(([path, ops]) => 'get' in ops && (path.startsWith('/api/public/') || !path.startsWith('/api/')))
      .map(([path]) => fill(path));
    expect(routes).toEqual(
      expect.arrayContaining(['/api/public/announcements', `/api/public/announcements/${a.slug}`, '/sitemap.xml']),
    );
    const bodies: string[] = [];
    for (const url of routes) bodies.push((await get(url)).body);
    bodies.push((await get(`/api/public/announcements?agencyId=${w.piura.id}`)).body);
    const all = bodies.join('\n');
    expect(all).toContain('visible');
    for (const email of emails) {
      expect(all).not.toContain(email);
      expect(all).not.toContain(email.split('@')[0]);
    }
  });
});
