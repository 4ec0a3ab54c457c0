import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import {
  PUBLIC_CACHE_TAG_HEADER,
  PUBLIC_CACHE_TAGS,
  type AgencyDto,
  type KeysetPage,
  type MeetingDto,
  type PublicAgencyDto,
  type PublicMeetingDto,
} from '@cumbre/contracts';
import { createApp } from '../app/create-app';
import { Clock, SystemClock } from '../common/clock';
import { PublicContent } from '../common/public-content/public-content.service';
import { PUBLIC_CONTENT_TOPIC } from '../app/public-content.module';
import { addItem, agendaUrl, readAgenda } from '../../test/agenda-world';
import { eventually } from '../../test/eventually';
import {
  call,
  createMeeting,
  createMeetingWorld,
  limaTime,
  schedule,
  type MeetingWorld,
} from '../../test/meeting-world';
import { testConfig } from '../../test/test-app';
import { testNow } from '../../test/test-clock';
import { registerWebFrontend, type PageHandler } from './web-frontend';

/** The public meeting page as the SSR app declares it: `/reuniones-publicas/<id>` shows that meeting. */
let renders = 0;
const fakeSsr: PageHandler = async (req: IncomingMessage, res: ServerResponse) => {
  renders++;
  const id = /^\/reuniones-publicas\/([\w-]+)/.exec(req.url ?? '')?.[1];
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html;charset=UTF-8');
  if (id) res.setHeader(PUBLIC_CACHE_TAG_HEADER, PUBLIC_CACHE_TAGS.meeting(id));
  res.end(`<html><body>${req.url} #${renders}</body></html>`);
  return true;
};

// Public meeting and agency answers are kept until a write changes what they show (no TTL to
// wait for: every wait below is far shorter than the 300 s safety net), on every instance.
describe('public meetings and agencies: cached until a write changes them, on every instance', () => {
  let dir: string;
  let reader: NestFastifyApplication;
  let writer: NestFastifyApplication;
  let w: MeetingWorld;
  let db: DataSource;
  /** The tags the reader has dropped so far (heard from the writer, or its own). */
  const heard = new Set<string>();

  beforeAll(async () => {
    dir = mkdtempSync(resolve(tmpdir(), 'cumbre-web-'));
    mkdirSync(resolve(dir, 'browser'));
    writeFileSync(resolve(dir, 'browser', 'index.csr.html'), '<html></html>');
    reader = await createApp(testConfig());
    await registerWebFrontend(reader, dir, { pageHandler: fakeSsr });
    await reader.init();
    await reader.getHttpAdapter().getInstance().ready();
    // The writes go through another instance: their changes must reach the reader's caches.
    writer = await createApp(testConfig());
    await writer.init();
    await writer.getHttpAdapter().getInstance().ready();
    w = await createMeetingWorld(writer);
    db = reader.get(DataSource);
    await eventually(() => expect(reader.get(PublicContent).listening).toBe(true));
    reader.get(PublicContent).onDrop((tags) => tags.forEach((t) => heard.add(t)));
  });

  afterAll(async () => {
    (reader.get(Clock) as SystemClock).startingAt(testNow());
    await writer.close();
    await reader.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const read = (url: string) => reader.inject({ method: 'GET', url });
  const meetingJson = async (id: string) => (await read(`/api/public/meetings/${id}`)).json() as PublicMeetingDto;
  const cachedPage = (id: string) => reader.get(PublicContent).pageCache.get(`es /reuniones-publicas/${id}`);

  /** Scheduled (public from then on), once the reader has heard of it: what it caches next stays. */
  async function publicMeeting(): Promise<MeetingDto> {
    const m = await schedule(w, await createMeeting(w, { visibility: 'public', title: 'Sesión pública de seguridad' }));
    await eventually(() => expect(heard.has(PUBLIC_CACHE_TAGS.meeting(m.id))).toBe(true));
    return m;
  }

  it('an edit, an agenda publication, the minutes and a move out of public view reach the cached answers and pages', async () => {
    let m = await publicMeeting();
    expect((await meetingJson(m.id)).title).toBe('Sesión pública de seguridad');
    expect((await read(`/reuniones-publicas/${m.id}`)).headers['x-cumbre-page-cache']).toBe('miss');
    expect((await read(`/reuniones-publicas/${m.id}`)).headers['x-cumbre-page-cache']).toBe('hit');

    // Cached: a change behind the writers' back is not seen...
    await db.query(`UPDATE meeting SET title = 'Cambio sin aviso' WHERE id = $1`, [m.id]);
    expect((await meetingJson(m.id)).title).toBe('Sesión pública de seguridad');
    // ...an edit through the API is, on the other instance, at once.
    const edited = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
      title: 'Sesión pública: plan contra la extorsión',
      version: m.version,
    });
    expect(edited.statusCode).toBe(200);
    m = edited.json() as MeetingDto;
    await eventually(async () =>
      expect((await meetingJson(m.id)).title).toBe('Sesión pública: plan contra la extorsión'),
    );
    expect(cachedPage(m.id)).toBeUndefined();
    const host = (await read(`/api/public/agencies/${w.agencies.host}`)).json() as PublicAgencyDto;
    expect(host.upcomingMeetings.find((x) => x.id === m.id)?.title).toBe('Sesión pública: plan contra la extorsión');

    // Agenda publication: the page and the JSON show the published agenda.
    expect((await meetingJson(m.id)).agendaPublished).toBe(false);
    await read(`/reuniones-publicas/${m.id}`);
    expect(cachedPage(m.id)).toBeDefined();
    await addItem(w, m.id, { title: 'Plan regional contra la extorsión', kind: 'decision' });
    const publish = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, {
      version: (await readAgenda(w, m.id)).version,
    });
    expect(publish.statusCode).toBe(200);
    await eventually(async () => expect((await meetingJson(m.id)).agendaPublished).toBe(true));
    expect(cachedPage(m.id)).toBeUndefined();

    // Concluded, then its minutes (decisions) published: the page is rendered again.
    for (const status of ['in_progress', 'concluded']) {
      const moved = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, { status, version: m.version });
      expect(moved.statusCode).toBe(200);
      m = moved.json() as MeetingDto;
    }
    await eventually(async () => expect((await meetingJson(m.id)).status).toBe('concluded'));
    await read(`/reuniones-publicas/${m.id}`);
    expect(cachedPage(m.id)).toBeDefined();
    expect((await meetingJson(m.id)).minutesPublished).toBe(false);
    expect((await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/minutes/publish`)).statusCode).toBe(200);
    await eventually(() => expect(cachedPage(m.id)).toBeUndefined());
    await eventually(async () => expect((await meetingJson(m.id)).minutesPublished).toBe(true));
  });

  it('a cancelled or internal meeting leaves the cached answers; an internal one is never announced', async () => {
    let m = await publicMeeting();
    expect((await read(`/api/public/meetings/${m.id}`)).statusCode).toBe(200);
    const cancelled = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
      status: 'cancelled',
      reason: 'Se reprograma',
      version: m.version,
    });
    expect(cancelled.statusCode).toBe(200);
    await eventually(async () => expect((await meetingJson(m.id)).status).toBe('cancelled'));

    m = await publicMeeting();
    expect((await read(`/api/public/meetings/${m.id}`)).statusCode).toBe(200);
    const hidden = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
      visibility: 'internal',
      version: m.version,
    });
    expect(hidden.statusCode).toBe(200);
    await eventually(async () => expect((await read(`/api/public/meetings/${m.id}`)).statusCode).toBe(404));

    // Edits of a meeting the public never sees announce nothing.
    const internal = await createMeeting(w, { title: 'Reunión interna' });
    const patched = await call(w, 'convener', 'PATCH', `/api/meetings/${internal.id}`, {
      title: 'Reunión interna (cambio)',
      version: internal.version,
    });
    expect(patched.statusCode).toBe(200);
    await writer.get(PublicContent).flushed();
    const announcedWith = (tag: string) =>
      db.query(`SELECT id FROM realtime_event WHERE topic = $1 AND payload -> 'tags' ? $2`, [
        PUBLIC_CONTENT_TOPIC,
        tag,
      ]);
    expect(await announcedWith(PUBLIC_CACHE_TAGS.meeting(internal.id))).toEqual([]);
    expect(heard.has(PUBLIC_CACHE_TAGS.meeting(internal.id))).toBe(false);
    // As the public meeting hidden above was: its tag went out.
    expect((await announcedWith(PUBLIC_CACHE_TAGS.meeting(m.id))).length).toBeGreaterThan(0);
  });

  it('an agency edit reaches its cached page and the meetings that name it', async () => {
    const m = await publicMeeting();
    const name = ((await read(`/api/public/agencies/${w.agencies.host}`)).json() as PublicAgencyDto).name;
    expect((await meetingJson(m.id)).hostAgency.name).toBe(name);
    // The meeting's answer is cached now: a change behind the writers' back is not seen.
    await db.query(`UPDATE organization SET name = name || ' (sin aviso)' WHERE id = $1`, [w.agencies.host]);
    expect((await meetingJson(m.id)).hostAgency.name).toBe(name);
    await db.query(`UPDATE organization SET name = $2 WHERE id = $1`, [w.agencies.host, name]);
    const current = (await call(w, 'admin', 'GET', `/api/agencies/${w.agencies.host}`)).json() as AgencyDto;
    const renamed = await call(w, 'admin', 'PATCH', `/api/agencies/${w.agencies.host}`, {
      name: `${name} (renombrada)`,
      version: current.version,
    });
    expect(renamed.statusCode).toBe(200);
    // Both eventually: the reader hears the change a moment after the writer's commit, and the
    // agency page may not be cached at that moment (a meeting that ends drops the meeting lists,
    // which the page shows), so its new name can show before the meeting's cached copy is dropped.
    await eventually(async () => {
      expect(((await read(`/api/public/agencies/${w.agencies.host}`)).json() as PublicAgencyDto).name).toBe(
        `${name} (renombrada)`,
      );
      expect((await meetingJson(m.id)).hostAgency.name).toBe(`${name} (renombrada)`);
    });
  });

  it('the writing instance serves its own change right after the commit', async () => {
    const own = await createMeetingWorld(reader);
    const m = await schedule(own, await createMeeting(own, { visibility: 'public', title: 'Antes' }));
    expect((await meetingJson(m.id)).title).toBe('Antes');
    const res = await call(own, 'convener', 'PATCH', `/api/meetings/${m.id}`, { title: 'Después', version: m.version });
    expect(res.statusCode).toBe(200);
    // No waiting: the reader dropped its entries when its own transaction committed.
    expect((await meetingJson(m.id)).title).toBe('Después');
  });

  it('a meeting that ends leaves the cached upcoming list without any write', async () => {
    const day = '2031-06-12';
    const m = await schedule(w, await createMeeting(w, { visibility: 'public', day, from: '09:00', to: '10:00' }));
    const clock = reader.get(Clock) as SystemClock;
    clock.startingAt(new Date(new Date(limaTime(day, '10:00')).getTime() - 1500));
    // A change of the meeting lists makes the instance look for the next end again.
    reader.get(PublicContent).dropLocal([PUBLIC_CACHE_TAGS.meetings]);
    // The host agency's page lists its upcoming public meetings (by then, only this one).
    const upcoming = async () =>
      ((await read(`/api/public/agencies/${w.agencies.host}`)).json() as PublicAgencyDto).upcomingMeetings.map(
        (x) => x.id,
      );
    expect(await upcoming()).toEqual([m.id]);
    expect((await read(`/api/public/agencies/${w.agencies.host}`)).headers['etag']).toBeDefined();
    await eventually(async () => expect(await upcoming()).toEqual([]), 6000);
    const past = (await read('/api/public/meetings?when=past&limit=50')).json() as KeysetPage<PublicMeetingDto>;
    expect(past.items.map((x) => x.id)).toContain(m.id);
  });
});
