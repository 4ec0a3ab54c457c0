import { randomUUID } from 'node:crypto';
import { useMeetingWorld, futureDay, limaTime } from '../../test/meeting-world';

describe('Idempotency-Key on creating requests', () => {
  const w = useMeetingWorld();

  const meetingBody = (title: string, day = futureDay()) => ({
    title,
    hostAgencyId: w.agencies.host,
    startsAt: limaTime(day, '09:00'),
    endsAt: limaTime(day, '10:00'),
  });
  const post = (url: string, payload: object, key: string, who: 'convener' | 'admin' | 'hostStaff' = 'convener') =>
    w.app.inject({ method: 'POST', url, headers: { ...w.headers[who], 'idempotency-key': key }, payload });
  const meetingsTitled = async (title: string) =>
    Number((await w.db.query('SELECT count(*) AS n FROM meeting WHERE title = $1', [title]))[0].n);

  it('answers a retry with the first result (same status and body) and creates nothing twice', async () => {
    const key = randomUUID();
    const body = meetingBody(`Idempotente ${key}`);
    const first = await post('/api/meetings', body, key);
    expect(first.statusCode).toBe(201);
    const retry = await post('/api/meetings', { ...body }, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await meetingsTitled(body.title)).toBe(1);
  });

  it('stores the answer in the same transaction as the meeting', async () => {
    const key = randomUUID();
    const created = await post('/api/meetings', meetingBody(`Guardada ${key}`), key);
    const [row] = await w.db.query(
      `SELECT status, response_status, response_body->>'id' AS id FROM idempotency_key WHERE key = $1`,
      [key],
    );
    expect(row).toEqual({ status: 'completed', response_status: 201, id: created.json().id });
  });

  it('refuses the same key with a different request (422) and changes nothing', async () => {
    const key = randomUUID();
    const body = meetingBody(`Primera ${key}`);
    expect((await post('/api/meetings', body, key)).statusCode).toBe(201);
    const reused = await post('/api/meetings', { ...body, title: `Otra ${key}` }, key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({
      code: 'common.idempotency_key_reused',
      message: expect.stringMatching(/Idempotency-Key/),
    });
    expect(await meetingsTitled(`Otra ${key}`)).toBe(0);
  });

  it('runs concurrent duplicates once: the others wait for its answer or get 409', async () => {
    const key = randomUUID();
    const body = meetingBody(`Concurrente ${key}`);
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('/api/meetings', body, key)));
    for (const a of answers) expect([201, 409]).toContain(a.statusCode);
    const created = answers.filter((a) => a.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.json().id)).size).toBe(1);
    expect(await meetingsTitled(body.title)).toBe(1);
  });

  it('gives the key back when the request fails, so that a corrected retry runs', async () => {
    const key = randomUUID();
    const day = futureDay();
    const bad = await post(
      '/api/meetings',
      { ...meetingBody(`Mala ${key}`, day), endsAt: limaTime(day, '08:00') },
      key,
    );
    expect(bad.statusCode).toBe(400);
    expect((await w.db.query('SELECT 1 FROM idempotency_key WHERE key = $1', [key])).length).toBe(0);
    expect((await post('/api/meetings', meetingBody(`Mala ${key}`, day), key)).statusCode).toBe(201);
  });

  it('keeps keys per user', async () => {
    const key = randomUUID();
    const a = await post('/api/meetings', meetingBody(`Usuario A ${key}`), key, 'convener');
    const b = await post('/api/meetings', meetingBody(`Usuario B ${key}`), key, 'hostStaff');
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).not.toBe(b.json().id);
  });

  it('honours the key on other creating routes too (agencies, stored after the commit)', async () => {
    const key = randomUUID();
    const name = `Agencia idempotente ${key.slice(0, 8)}`;
    const body = { name, shortName: key.slice(0, 12), kind: 'other' };
    const first = await post('/api/agencies', body, key, 'admin');
    expect(first.statusCode).toBe(201);
    const retry = await post('/api/agencies', body, key, 'admin');
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(Number((await w.db.query('SELECT count(*) AS n FROM organization WHERE name = $1', [name]))[0].n)).toBe(1);
  });

  it('answers 400 naming the header when the key is malformed', async () => {
    const res = await post('/api/meetings', meetingBody('Clave mala'), 'a b');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toEqual(expect.stringContaining('Idempotency-Key'));
  });
});
