import type { AgendaDto, AgendaLiveEventDto } from '@cumbre/contracts';
import { useLiveWorld } from '../../test/live-world';
import { addItem, agendaUrl, publishAgenda, readAgenda } from '../../test/agenda-world';
import { call, createMeeting, invite, Persona, schedule } from '../../test/meeting-world';
import type { SseEvent, SseStream } from '../../test/sse-client';
import { bearer, createTestUser, signInWithToken } from '../../test/identity-fixtures';
import { EventStreams } from '../realtime/event-stream.service';

const data = (e: SseEvent) => JSON.parse(e.data) as AgendaLiveEventDto;

/**
 * The agenda's live stream over a real HTTP connection, fed by writes made through a second API
 * instance on the same database (LISTEN/NOTIFY carries them across).
 */
describe('agenda live events (SSE)', () => {
  const live = useLiveWorld();
  const { w } = live;

  const stream = (meetingId: string, who: Persona | 'anonymous', headers: Record<string, string> = {}) =>
    live.stream(`${agendaUrl(meetingId)}/events`, { ...w.headers[who], ...headers });

  /** A write through the other instance, as `who`. */
  const viaOther = (who: Persona, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    live.other.inject({ method, url, headers: w.headers[who], payload });

  async function newMeeting() {
    const m = await createMeeting(w);
    await invite(w, m.id);
    return m;
  }

  it('streams a write made through another instance to a reader, naming kind, version, item and actor', async () => {
    const m = await newMeeting();
    const s = await stream(m.id, 'invitedAnalyst');
    expect(s.status).toBe(200);
    expect(s.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(s.headers['cache-control']).toBe('no-store');

    const res = await viaOther('convener', 'POST', `${agendaUrl(m.id)}/items`, {
      title: 'Apertura',
      kind: 'information',
      plannedMinutes: 10,
    });
    expect(res.statusCode).toBe(201);
    const created = (res.json() as AgendaDto).items[0];

    const [event] = await s.waitForEvents(1);
    expect(event.event).toBe('agenda');
    expect(event.id).toMatch(/^\d+$/);
    expect(data(event)).toEqual({
      kind: 'item.created',
      agendaVersion: (res.json() as AgendaDto).version,
      itemId: created.id,
      actor: 'Convocante Prueba',
    });
  });

  it('answers 404 before streaming to someone who may not see the meeting', async () => {
    const m = await newMeeting();
    for (const who of ['outsider', 'anonymous'] as const) {
      const s = await stream(m.id, who);
      expect(s.status).toBe(404);
      expect(s.headers['content-type']).toContain('application/json');
    }
    const unknown = await stream('00000000-0000-4000-8000-000000000000', 'convener');
    expect(unknown.status).toBe(404);
  });

  it('sends what was missed after Last-Event-ID, then live events', async () => {
    const m = await newMeeting();
    const first = await stream(m.id, 'hostStaff');
    await addItem(w, m.id, { title: 'Uno' });
    const [seen] = await first.waitForEvents(1);
    first.close();

    // Written while the reader was away; the stale edit (409) announces nothing.
    const dos = await addItem(w, m.id, { title: 'Dos' });
    const stale = await call(w, 'convener', 'PATCH', `${agendaUrl(m.id)}/items/${dos.id}`, {
      version: dos.version + 5,
      title: 'Nunca',
    });
    expect(stale.statusCode).toBe(409);
    await addItem(w, m.id, { title: 'Tres' });

    const again = await stream(m.id, 'hostStaff', { 'last-event-id': seen.id as string });
    await addItem(w, m.id, { title: 'Cuatro' });
    const events = await again.waitForEvents(3);
    const titles = (await readAgenda(w, m.id)).items;
    expect(events.map((e) => data(e).itemId)).toEqual(
      ['Dos', 'Tres', 'Cuatro'].map((t) => titles.find((i) => i.title === t)?.id),
    );
    expect(Number(events[0].id)).toBeGreaterThan(Number(seen.id));
  });

  it('tells a reader with a Last-Event-ID from the future (another database) to reload', async () => {
    const m = await newMeeting();
    const s = await stream(m.id, 'convener', { 'last-event-id': '999999999999' });
    const [reset] = await s.waitForEvents(1);
    expect(reset.event).toBe('reset');
  });

  it('names no item in the event of a proposal, which only some readers see', async () => {
    const m = await newMeeting();
    const s = await stream(m.id, 'invitedAnalyst');
    const proposed = await viaOther('invitedStaff', 'POST', `${agendaUrl(m.id)}/items`, {
      title: 'Propuesta reservada',
      kind: 'discussion',
      plannedMinutes: 10,
      proposeForAgencyId: w.agencies.invited,
    });
    expect(proposed.statusCode).toBe(201);
    const [event] = await s.waitForEvents(1);
    expect(data(event)).toMatchObject({ kind: 'item.proposed', itemId: null });
  });

  it('gives the anonymous public of a public meeting only publications, without the actor', async () => {
    const m = await schedule(w, await createMeeting(w, { visibility: 'public' }));
    const s = await stream(m.id, 'anonymous');
    expect(s.status).toBe(200);
    await addItem(w, m.id, { title: 'Apertura pública' });
    const published = await publishAgenda(w, m.id);

    const [event] = await s.waitForEvents(1);
    expect(data(event)).toEqual({
      kind: 'agenda.published',
      agendaVersion: published.version,
      itemId: null,
      actor: null,
    });
  });

  describe('stops streaming to a subscriber who loses access', () => {
    /** The stream got `first`, then ended without the edit made after access was lost. */
    async function expectCutOff(s: SseStream, meetingId: string, lateTitle: string) {
      const late = await viaOther('convener', 'POST', `${agendaUrl(meetingId)}/items`, {
        title: lateTitle,
        kind: 'discussion',
        plannedMinutes: 10,
      });
      expect(late.statusCode).toBe(201);
      await s.waitForEnd();
      expect(s.events).toHaveLength(1);
      expect(s.body()).not.toContain((late.json() as AgendaDto).items.find((i) => i.title === lateTitle)?.id);
    }

    it("when their agency's invitation is withdrawn (the write made through another instance)", async () => {
      const m = await newMeeting();
      const s = await stream(m.id, 'invitedAnalyst');
      await addItem(w, m.id, { title: 'Antes del retiro' });
      await s.waitForEvents(1);

      const withdrawn = await viaOther('convener', 'DELETE', `/api/meetings/${m.id}/invitations/${w.agencies.invited}`);
      expect(withdrawn.statusCode).toBe(200);
      await expectCutOff(s, m.id, 'Después del retiro');
      // Reconnecting is refused like any stranger's stream.
      const again = await stream(m.id, 'invitedAnalyst', { 'last-event-id': s.events[0].id as string });
      expect(again.status).toBe(404);
      // A reader who kept access still gets every event.
      const kept = await stream(m.id, 'otherStaff');
      await addItem(w, m.id, { title: 'Para la otra agencia' });
      await kept.waitForEvents(1);
    });

    it('when their membership of the invited agency ends', async () => {
      const m = await newMeeting();
      const person = await createTestUser(w.app, {
        memberships: [{ agencyId: w.agencies.invited, role: 'staff' }],
        displayName: 'Personal Temporal',
      });
      const headers = bearer((await signInWithToken(w.app, person)).accessToken);
      const s = await live.stream(`${agendaUrl(m.id)}/events`, headers);
      expect(s.status).toBe(200);
      await addItem(w, m.id, { title: 'Antes de la baja' });
      await s.waitForEvents(1);

      const db = w.db;
      const [membership]: { id: string }[] = await db.query('SELECT id FROM membership WHERE user_id = $1', [
        person.id,
      ]);
      const ended = await viaOther('admin', 'DELETE', `/api/memberships/${membership.id}`);
      expect(ended.statusCode).toBe(204);
      await expectCutOff(s, m.id, 'Después de la baja');
    });

    it('when a public meeting stops being public, for the anonymous public', async () => {
      const m = await schedule(w, await createMeeting(w, { visibility: 'public' }));
      const s = await stream(m.id, 'anonymous');
      expect(s.status).toBe(200);
      await addItem(w, m.id, { title: 'Apertura' });
      await publishAgenda(w, m.id);
      await s.waitForEvents(1);

      const meeting = (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json() as { version: number };
      const hidden = await viaOther('convener', 'PATCH', `/api/meetings/${m.id}`, {
        visibility: 'internal',
        version: meeting.version,
      });
      expect(hidden.statusCode).toBe(200);
      // Even an edit the public would never be told of ends the stream.
      await addItem(w, m.id, { title: 'Interna' });
      await s.waitForEnd();
      const agenda = await readAgenda(w, m.id);
      await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, { version: agenda.version });
      expect(s.events).toHaveLength(1);
    });
  });

  it('keeps an idle stream open with heartbeat comments', async () => {
    const streams = w.app.get(EventStreams);
    const usual = streams.heartbeatMs;
    streams.heartbeatMs = 30;
    try {
      const m = await newMeeting();
      const s = await stream(m.id, 'convener');
      await s.waitForComment('heartbeat');
    } finally {
      streams.heartbeatMs = usual;
    }
  });
});
