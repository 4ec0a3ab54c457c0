import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { firstValueFrom, Observable, take, timeout, toArray } from 'rxjs';
import { DataSource } from 'typeorm';
import { freshDatabase, FreshDatabase } from '../../test/fresh-database';
import { createTestApp } from '../../test/test-app';
import { REALTIME_RESET, RealtimeEvent, RealtimeService } from './realtime.service';

/** The first `n` events of a stream, or a failure after a few seconds. */
const firstEvents = (events: Observable<RealtimeEvent>, n: number) =>
  firstValueFrom(events.pipe(take(n), toArray(), timeout(8000)));

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
}

/**
 * Two API instances on one database of this spec's own (pruning and whole-table reads must not
 * meet other specs' events): what one publishes reaches the other's subscribers, replays by id,
 * and resets when the asked-for events were pruned.
 */
describe('realtime fan-out across instances', () => {
  let db: FreshDatabase;
  let first: NestFastifyApplication;
  let second: NestFastifyApplication;
  const realtime = (app: NestFastifyApplication) => app.get(RealtimeService);

  /** Publishes through `app` inside a transaction of its own and returns the event's id. */
  const publish = (app: NestFastifyApplication, topic: string, payload: unknown) =>
    app.get(DataSource).transaction((manager) => realtime(app).publish(manager, topic, payload));

  beforeAll(async () => {
    db = await freshDatabase('cumbre_realtime');
    first = await createTestApp({ DATABASE_URL: db.url });
    second = await createTestApp({ DATABASE_URL: db.url });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await db?.drop();
  });

  it('delivers an event published through one instance to subscribers of both', async () => {
    const onSecond = firstEvents(realtime(second).subscribe(['agenda:m1']), 1);
    const onFirst = firstEvents(realtime(first).subscribe(['agenda:m1']), 1);
    const id = await publish(first, 'agenda:m1', { kind: 'item.created', agendaVersion: 2 });

    for (const events of await Promise.all([onSecond, onFirst])) {
      expect(events).toEqual([{ id, topic: 'agenda:m1', payload: { kind: 'item.created', agendaVersion: 2 } }]);
    }
  });

  it('delivers only the topics subscribed to, and nothing a rolled-back write published', async () => {
    const received = firstEvents(realtime(second).subscribe(['agenda:m2']), 2);
    await publish(first, 'agenda:other', { kind: 'secret' });
    await expect(
      first.get(DataSource).transaction(async (manager) => {
        await realtime(first).publish(manager, 'agenda:m2', { kind: 'rolled-back' });
        throw new Error('the write fails after publishing');
      }),
    ).rejects.toThrow('the write fails');
    const a = await publish(first, 'agenda:m2', { n: 1 });
    const b = await publish(second, 'agenda:m2', { n: 2 });

    expect(await received).toEqual([
      { id: a, topic: 'agenda:m2', payload: { n: 1 } },
      { id: b, topic: 'agenda:m2', payload: { n: 2 } },
    ]);
  });

  it('replays what came after a Last-Event-ID, then carries on live, without duplicates', async () => {
    const seen = await publish(first, 'agenda:m3', { n: 1 });
    const missed1 = await publish(first, 'agenda:m3', { n: 2 });
    const missed2 = await publish(second, 'agenda:m3', { n: 3 });

    const events = firstEvents(realtime(second).subscribe(['agenda:m3'], seen), 3);
    const live = await publish(first, 'agenda:m3', { n: 4 });

    expect((await events).map((e) => e.id)).toEqual([missed1, missed2, live]);
  });

  it('keeps replayed and live events in id order, without gaps or copies, when they race', async () => {
    const seen = await publish(first, 'agenda:m7', { n: 0 });
    const missed = await publish(first, 'agenda:m7', { n: 1 });
    const events = firstEvents(realtime(second).subscribe(['agenda:m7'], seen), 6);
    // Published while the replay is being read: some may arrive live before it answers.
    const live = await Promise.all([1, 2, 3, 4, 5].map((n) => publish(n % 2 ? first : second, 'agenda:m7', { n })));

    expect((await events).map((e) => e.id)).toEqual([missed, ...live.sort((a, b) => a - b)]);
  });

  it('sends one reset instead of a replay it no longer has, then live events', async () => {
    const old = await publish(first, 'agenda:m4', { n: 1 });
    const kept = await publish(first, 'agenda:m4', { n: 2 });
    // Everything published so far is past a zero retention.
    expect(await realtime(first).prune(0)).toBeGreaterThanOrEqual(2);

    // The reset is awaited before the next publish: a row committed before the replay reads is
    // covered by the reset's id (the client re-reads the state that includes it), and not sent.
    const received: RealtimeEvent[] = [];
    const stream = realtime(second)
      .subscribe(['agenda:m4'], old)
      .subscribe((event) => received.push(event));
    await waitFor(() => received.length >= 1);
    const live = await publish(first, 'agenda:m4', { n: 3 });
    await waitFor(() => received.length >= 2);
    stream.unsubscribe();
    const [reset, next] = received;

    expect(reset).toEqual({ id: kept, topic: REALTIME_RESET, payload: null });
    expect(next).toMatchObject({ id: live, payload: { n: 3 } });
    expect(received).toHaveLength(2);
    // A client that had seen the last pruned event has missed nothing: no reset.
    const upToDate = firstEvents(realtime(first).subscribe(['agenda:m4'], live), 1);
    const after = await publish(second, 'agenda:m4', { n: 4 });
    expect((await upToDate).map((e) => e.id)).toEqual([after]);
  });

  it('reconnects a dropped LISTEN session and catches up on what was published meanwhile', async () => {
    const service = realtime(second);
    const before = service.listenerState.connections;
    const events = firstEvents(service.subscribe(['agenda:m5']), 2);

    await first
      .get(DataSource)
      .query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [
        service.listenerState.applicationName,
      ]);
    // Published while the session is gone: it arrives through the catch-up after the reconnect.
    const during = await publish(first, 'agenda:m5', { n: 1 });
    await waitFor(() => service.listenerState.connections > before);
    const after = await publish(first, 'agenda:m5', { n: 2 });

    expect((await events).map((e) => e.id)).toEqual([during, after]);
    expect(service.listenerState.connections).toBeGreaterThan(before);
  });

  it('refuses to publish outside a transaction or on a malformed topic', async () => {
    const service = realtime(first);
    await expect(service.publish(first.get(DataSource).manager, 'agenda:m6', {})).rejects.toThrow(
      'inside the transaction',
    );
    await expect(first.get(DataSource).transaction((m) => service.publish(m, 'no topic here', {}))).rejects.toThrow(
      'malformed topic',
    );
  });
});
