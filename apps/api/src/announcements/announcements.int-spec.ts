import type {
  AnnouncementDto,
  ApiErrorBody,
  KeysetPage,
  PublicAnnouncementDto,
  PublicAnnouncementSummaryDto,
} from '@cumbre/contracts';
import sharp from 'sharp';
import { Clock, SystemClock } from '../common/clock';
import { AnnouncementPublisher } from './announcement-publisher.service';
import { eventually } from '../../test/eventually';
import { publishAnnouncement, uniq, usePublicWorld } from '../../test/public-world';

describe('announcements', () => {
  const w = usePublicWorld();

  const get = (url: string, headers: Record<string, string> = {}) => w.app.inject({ method: 'GET', url, headers });
  const create = (headers: Record<string, string>, payload: object) =>
    w.app.inject({ method: 'POST', url: '/api/announcements', headers, payload });

  it('a moderator publishes; the public reads it by slug with rendered, sanitised body', async () => {
    const a = await publishAnnouncement(w.app, w, {
      title: `Convocatoria a la Cumbre ${uniq()}`,
      body: 'Hola <script>alert(1)</script> **mundo**',
    });
    expect(a.slug).toMatch(/^convocatoria-a-la-cumbre-/);
    const res = await get(`/api/public/announcements/${a.slug}`);
    expect(res.statusCode).toBe(200);
    const dto = res.json() as PublicAnnouncementDto;
    expect(dto.bodyHtml).toContain('<strong>mundo</strong>');
    expect(dto.bodyHtml).not.toContain('<script');
    expect(dto.path).toBe(`/anuncios/${a.slug}`);
    expect(dto.comments).toEqual([]);
  });

  it('a draft is invisible to the public (404) and to a user who does not write for the agency', async () => {
    const a = await publishAnnouncement(w.app, w, { status: 'draft' });
    expect((await get(`/api/public/announcements/${a.slug}`)).statusCode).toBe(404);
    const staff = await get(`/api/announcements/${a.id}`, w.staff);
    expect(staff.statusCode).toBe(404);
    expect((staff.json() as ApiErrorBody).code).toBe('announcement.not_found');
  });

  it('a leader writes for their own agency only; staff may not write', async () => {
    const own = await publishAnnouncement(w.app, w, { status: 'draft' }, w.leader);
    expect(own.agency.id).toBe(w.piura.id);
    const other = await create(w.leader, { title: 'x', summary: 'y', body: 'z', agencyId: w.lima.id });
    expect(other.statusCode).toBe(403);
    expect((other.json() as ApiErrorBody).code).toBe('announcement.write_forbidden');
    const staff = await create(w.staff, { title: 'x', summary: 'y', body: 'z', agencyId: w.piura.id });
    expect(staff.statusCode).toBe(403);
    const anonymous = await w.app.inject({ method: 'POST', url: '/api/announcements', payload: { title: 'x' } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('a taken slug is a 409 naming the field, and nothing is stored', async () => {
    const a = await publishAnnouncement(w.app, w);
    // Counted by title: other suites share this database and publish announcements meanwhile.
    const title = `Otro ${uniq()}`;
    const stored = async () =>
      (await w.db.query('SELECT count(*)::int AS n FROM announcement WHERE title = $1', [title]))[0].n as number;
    const res = await create(w.moderator, {
      title,
      slug: a.slug,
      summary: 's',
      body: 'b',
      agencyId: w.piura.id,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'announcement.slug_taken', field: 'slug' });
    expect(await stored()).toBe(0);
  });

  it('bad input is a 400 naming the field', async () => {
    const cases: [object, string][] = [
      [{ title: '', summary: 's', body: 'b', agencyId: w.piura.id }, 'title'],
      [{ title: 'x'.repeat(201), summary: 's', body: 'b', agencyId: w.piura.id }, 'title'],
      [{ title: 't', slug: 'Con Espacios', summary: 's', body: 'b', agencyId: w.piura.id }, 'slug'],
      [{ title: 't', summary: 's', body: 'b', agencyId: 'nope' }, 'agencyId'],
      [{ title: 't', summary: 's', body: 'b', agencyId: w.piura.id, status: 'scheduled' }, 'publishAt'],
      [
        {
          title: 't',
          summary: 's',
          body: 'b',
          agencyId: w.piura.id,
          status: 'scheduled',
          publishAt: '2001-01-01T00:00:00Z',
        },
        'publishAt',
      ],
    ];
    for (const [payload, field] of cases) {
      const res = await w.app.inject({ method: 'POST', url: '/api/announcements', headers: w.moderator, payload });
      expect([res.statusCode, (res.json() as ApiErrorBody).field]).toEqual([400, field]);
    }
  });

  it('editing a published one keeps a revision, sets revisedAt, and an old slug answers 301', async () => {
    const a = await publishAnnouncement(w.app, w);
    const newSlug = `nuevo-${uniq()}`;
    const res = await w.app.inject({
      method: 'PATCH',
      url: `/api/announcements/${a.id}`,
      headers: w.moderator,
      payload: { version: a.version, title: 'Título corregido', slug: newSlug },
    });
    expect(res.statusCode).toBe(200);
    const edited = res.json() as AnnouncementDto;
    expect(edited).toMatchObject({ slug: newSlug, oldSlugs: [a.slug], revisionCount: 1, version: a.version + 1 });
    expect(edited.revisedAt).not.toBeNull();
    const revisions = (await get(`/api/announcements/${a.id}/revisions`, w.moderator)).json();
    expect(revisions[0]).toMatchObject({ title: a.title, version: a.version });

    const moved = await get(`/api/public/announcements/${a.slug}`);
    expect(moved.statusCode).toBe(301);
    expect(moved.headers['location']).toBe(`/api/public/announcements/${newSlug}`);
    const now = (await get(`/api/public/announcements/${newSlug}`)).json() as PublicAnnouncementDto;
    expect(now.title).toBe('Título corregido');
    expect(now.revisedAt).not.toBeNull();

    const stale = await w.app.inject({
      method: 'PATCH',
      url: `/api/announcements/${a.id}`,
      headers: w.moderator,
      payload: { version: a.version, title: 'Otra vez' },
    });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as ApiErrorBody).code).toBe('common.stale_version');
  });

  it('withdrawing takes it off the public site; moves not allowed are a 409', async () => {
    const a = await publishAnnouncement(w.app, w);
    const withdrawn = await w.app.inject({
      method: 'POST',
      url: `/api/announcements/${a.id}/status`,
      headers: w.moderator,
      payload: { status: 'withdrawn', version: a.version },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect((await get(`/api/public/announcements/${a.slug}`)).statusCode).toBe(404);
    const bad = await w.app.inject({
      method: 'POST',
      url: `/api/announcements/${a.id}/status`,
      headers: w.moderator,
      payload: { status: 'scheduled', publishAt: '2099-01-01T00:00:00Z', version: a.version + 1 },
    });
    expect(bad.statusCode).toBe(409);
    expect((bad.json() as ApiErrorBody).code).toBe('announcement.status_move_not_allowed');
  });

  it('the public list pages by keyset: no item twice, none skipped, newest first', async () => {
    for (let i = 0; i < 3; i++) await publishAnnouncement(w.app, w);
    const published = async () =>
      new Set(
        ((await w.db.query(`SELECT id FROM announcement WHERE status = 'published'`)) as { id: string }[]).map(
          (r) => r.id,
        ),
      );
    // Other specs publish in the same database meanwhile (and this instance hears of their
    // changes a moment after they commit): every announcement published before the paging must
    // be seen, and nothing that was not published by its end.
    await eventually(async () => {
      const before = await published();
      const seen: PublicAnnouncementSummaryDto[] = [];
      let after: string | null = '';
      for (let guard = 0; after !== null && guard < 200; guard++) {
        const res = await get(`/api/public/announcements?limit=2${after ? `&after=${after}` : ''}`);
        expect(res.statusCode).toBe(200);
        const page = res.json() as KeysetPage<PublicAnnouncementSummaryDto>;
        seen.push(...page.items);
        after = page.nextCursor;
      }
      const end = await published();
      const ids = seen.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...before].filter((id) => !ids.includes(id))).toEqual([]);
      expect(ids.filter((id) => !end.has(id))).toEqual([]);
      const times = seen.map((s) => s.publishedAt);
      expect([...times].sort().reverse()).toEqual(times);
    });
    expect((await get('/api/public/announcements?after=garbage')).json()).toMatchObject({
      code: 'validation.bad_format',
      field: 'after',
    });
  });

  it('a scheduled announcement goes live at its time exactly once, even with two publishers racing', async () => {
    const clock = w.app.get(Clock) as SystemClock;
    const publishAt = new Date(clock.now().getTime() + 3_600_000);
    const a = await publishAnnouncement(w.app, w, { status: 'scheduled', publishAt: publishAt.toISOString() });
    expect(a.status).toBe('scheduled');
    const publisher = w.app.get(AnnouncementPublisher);
    expect(await publisher.runOnce(new Date(publishAt.getTime() - 1000))).not.toContain(a.id);
    expect((await get(`/api/public/announcements/${a.slug}`)).statusCode).toBe(404);
    const [first, second] = await Promise.all([publisher.runOnce(publishAt), publisher.runOnce(publishAt)]);
    expect([...first, ...second].filter((id) => id === a.id)).toHaveLength(1);
    expect(await publisher.runOnce(new Date(publishAt.getTime() + 60_000))).not.toContain(a.id);
    const [{ n }] = await w.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'announcement.published_on_schedule' AND object_id = $1`,
      [a.id],
    );
    expect(n).toBe(1);
    const pub = (await get(`/api/public/announcements/${a.slug}`)).json() as PublicAnnouncementDto;
    expect(pub.publishedAt).toBe(publishAt.toISOString());
  });

  it('a cover image is resized to a few widths, served immutable, and a non-image is refused', async () => {
    const a = await publishAnnouncement(w.app, w);
    const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const put = await w.app.inject({
      method: 'PUT',
      url: `/api/announcements/${a.id}/cover?version=${a.version}`,
      headers: { ...w.moderator, 'content-type': 'image/png' },
      payload: png,
    });
    expect(put.statusCode).toBe(200);
    const withCover = put.json() as AnnouncementDto;
    expect(withCover.cover?.variants.map((v) => [v.width, v.height])).toEqual([
      [480, 240],
      [960, 480],
      [1600, 800],
    ]);
    expect(withCover.cover?.srcset).toMatch(/ 480w, .* 960w, .* 1600w$/);
    const img = await get(withCover.cover?.variants[0].url as string);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
    expect(img.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const pub = (await get(`/api/public/announcements/${a.slug}`)).json() as PublicAnnouncementDto;
    expect(pub.cover?.srcset).toBe(withCover.cover?.srcset);

    const bad = await w.app.inject({
      method: 'PUT',
      url: `/api/announcements/${a.id}/cover?version=${withCover.version}`,
      headers: { ...w.moderator, 'content-type': 'image/png' },
      payload: Buffer.from('<svg onload=alert(1)>'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'announcement.bad_image' });
    const elsewhere = await w.app.inject({
      method: 'POST',
      url: '/api/announcements',
      headers: { ...w.moderator, 'content-type': 'image/png' },
      payload: png,
    });
    expect(elsewhere.statusCode).toBe(415);
    const removed = await w.app.inject({
      method: 'DELETE',
      url: `/api/announcements/${a.id}/cover?version=${withCover.version}`,
      headers: w.moderator,
    });
    expect(removed.json()).toMatchObject({ cover: null });
    expect((await get(withCover.cover?.variants[0].url as string)).statusCode).toBe(404);
  });
});
