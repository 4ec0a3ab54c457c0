import type { ApiErrorBody } from '@cumbre/contracts';
import {
  advanceClock,
  approve,
  freshEmail,
  freshIp,
  postComment,
  publishAnnouncement,
  readPublicAnnouncement,
  uniq,
  usePublicWorld,
} from '../../test/public-world';
import { fewestStatementsOf, statementsOf } from '../../test/statement-count';

describe('comments: posting, holds, bad input, rate limits', () => {
  const w = usePublicWorld();

  const page = (slug: string) => readPublicAnnouncement(w.app, slug);

  it('a first-time author is held; once approved, the next comment of that address appears at once', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const first = await postComment(w.app, a.slug, { email, text: 'Primera vez que comento' });
    expect(first.res.statusCode).toBe(201);
    expect(first.body).toEqual({ id: expect.any(String), status: 'pending', confirmationSent: false });
    expect((await page(a.slug)).comments).toEqual([]);

    await approve(w.app, w, first.body.id);
    const shown = await page(a.slug);
    expect(shown.comments.map((c) => [c.authorName, c.text])).toEqual([['Rosa Quispe', 'Primera vez que comento']]);
    expect(shown.commentCount).toBe(1);

    await advanceClock(w.app, 20);
    const second = await postComment(w.app, a.slug, { email: email.toUpperCase(), text: 'Y una segunda opinión' });
    expect(second.body.status).toBe('approved');
    expect((await page(a.slug)).comments).toHaveLength(2);
  });

  it('a known author is still held for more than two links, a blocked word, or a duplicate within 5 minutes', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const ip = freshIp();
    await approve(w.app, w, (await postComment(w.app, a.slug, { email }, ip)).body.id);
    const word = `palabrota${uniq()}`;
    const accented = `Corrupción-${uniq()}`;
    for (const blocked of [word, accented]) {
      expect(
        (
          await w.app.inject({
            method: 'POST',
            url: '/api/moderation/blocked-words',
            headers: w.moderator,
            payload: { word: blocked },
          })
        ).statusCode,
      ).toBe(200);
    }

    const held: [string, string][] = [
      ['ver http://a.example http://b.example y www.c.example', 'too_many_links'],
      [`esto es una ${word.toUpperCase()} total`, 'blocked_word'],
      // Folded on both sides: no accents, any case, punctuation as a blank.
      [
        `¡${accented
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .toUpperCase()
          .replace('-', ' ')}!`,
        'blocked_word',
      ],
    ];
    for (const [text, reason] of held) {
      await advanceClock(w.app, 20);
      const r = await postComment(w.app, a.slug, { email, text }, ip);
      expect(r.body.status).toBe('pending');
      const [row] = await w.db.query('SELECT hold_reasons FROM announcement_comment WHERE id = $1', [r.body.id]);
      expect(row.hold_reasons).toEqual([reason]);
    }
    // Whole words only: the word inside another is not held.
    await advanceClock(w.app, 20);
    expect((await postComment(w.app, a.slug, { email, text: `pre${word} y nada más` }, ip)).body.status).toBe(
      'approved',
    );
    await advanceClock(w.app, 20);
    const text = `Texto repetido ${uniq()}`;
    expect((await postComment(w.app, a.slug, { email, text }, ip)).body.status).toBe('approved');
    await advanceClock(w.app, 20);
    const dup = await postComment(w.app, a.slug, { email, text: `  ${text.toUpperCase()} ` }, ip);
    expect(dup.body.status).toBe('pending');
    await advanceClock(w.app, 6 * 60);
    expect((await postComment(w.app, a.slug, { email, text }, ip)).body.status).toBe('approved');
  });

  it('a comment is one statement: every check, the limit, the comment and its audit line', async () => {
    const a = await publishAnnouncement(w.app, w);
    // A first-time author each time (held, so no public page changes): fresh address and network.
    const { statements, result } = await fewestStatementsOf(() =>
      postComment(w.app, a.slug, { email: freshEmail() }, freshIp()),
    );
    expect(result.res.statusCode).toBe(201);
    expect(result.body.status).toBe('pending');
    // The app's timers may run meanwhile (an earlier spec's public change being announced:
    // realtime.queries.ts), so the request's own statements are those on the comment's tables.
    const own = statements.filter((s) => /announcement|comment|rate_limit/.test(s));
    expect(own).toHaveLength(1);
    const [change] = own;
    expect(change).toMatch(/^\s*WITH facts AS \(SELECT f\.\*/);
    expect(change).toMatch(/LEFT JOIN LATERAL \(SELECT\s+EXISTS \(SELECT 1 FROM comment_block/);
    expect(change).toMatch(/new_row AS \(INSERT INTO announcement_comment /);
    expect(change).toMatch(/audit AS \(INSERT INTO audit_event /);
    expect(change).toMatch(/guard AS \(SELECT rate_limit_require\(.*CASE WHEN NOT facts\.cs_known/s);
    const [stored] = await w.db.query(
      `SELECT c.status, c.hold_reasons, e.details FROM announcement_comment c
         JOIN audit_event e ON e.object_id = c.id::text AND e.action = 'comment.submitted' WHERE c.id = $1`,
      [result.body.id],
    );
    expect(stored).toEqual({
      status: 'pending',
      hold_reasons: ['first_time_author'],
      details: { announcementId: a.id, parentId: null, status: 'pending', holdReasons: ['first_time_author'] },
    });
  });

  it('the known-author check reads the index of approved addresses, which a held comment does not enter until approved', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const held = await postComment(w.app, a.slug, { email }, freshIp());
    expect(held.body.status).toBe('pending');
    // What the statement asks (comment.queries.ts `cs_known`), as the index sees it: the held
    // comment's address is not in the index until a moderator approves it.
    const known = `SELECT 1 FROM announcement_comment WHERE author_email = $1 AND status = 'approved'`;
    const knownByIndex = () =>
      w.db.transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        await m.query('SET LOCAL enable_bitmapscan = off');
        const plan: { 'QUERY PLAN': string }[] = await m.query(`EXPLAIN ${known}`, [email]);
        const rows = await m.query(known, [email]);
        return { plan: plan.map((p) => p['QUERY PLAN']).join('\n'), known: rows.length > 0 };
      });
    const before = await knownByIndex();
    expect(before.plan).toContain('IDX_announcement_comment_email');
    expect(before.known).toBe(false);
    await approve(w.app, w, held.body.id);
    expect((await knownByIndex()).known).toBe(true);
    const [index] = await w.db.query(
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'IDX_announcement_comment_email'`,
    );
    expect(index.indexdef).toMatch(/\(author_email\) WHERE \(\(status\)::text = 'approved'::text\)$/);
  });

  it('a refused comment stores nothing and takes no hit: the checks decide before the limit in the statement', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const ip = freshIp();
    const before = await w.db.query(`SELECT count(*)::int AS n FROM rate_limit_hit WHERE key = $1`, [
      `comment:email:${email}`,
    ]);
    const orphan = await postComment(w.app, a.slug, { email, parentId: '00000000-0000-4000-8000-000000000000' }, ip);
    expect(orphan.res.statusCode).toBe(400);
    expect(orphan.body).toMatchObject({ code: 'comment.unknown_parent', field: 'parentId' });
    const after = await w.db.query(`SELECT count(*)::int AS n FROM rate_limit_hit WHERE key = $1`, [
      `comment:email:${email}`,
    ]);
    expect(after[0].n).toBe(before[0].n);
    // So the same author may post at once: no burst limit from the refused one.
    expect((await postComment(w.app, a.slug, { email }, ip)).res.statusCode).toBe(201);
  });

  it('a reply that notifies the thread is a transaction: the limit, the comment, its audit line and the notices commit together', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const ip = freshIp();
    // An approved author (a first comment, approved by hand) replies to it.
    const first = await postComment(w.app, a.slug, { email }, ip);
    await w.db.query(`UPDATE announcement_comment SET status = 'approved', approved_at = now() WHERE id = $1`, [
      first.body.id,
    ]);
    await advanceClock(w.app, 20);
    // One run: a second post by this author would meet the burst limit.
    const { statements, result } = await statementsOf(() =>
      postComment(w.app, a.slug, { email, parentId: first.body.id, notifyReplies: true }, ip),
    );
    expect(result.res.statusCode).toBe(201);
    expect(result.body).toMatchObject({ status: 'approved', confirmationSent: true });
    // (The app's timers may query meanwhile: the statements are looked for, not counted.)
    for (const re of [
      /^START TRANSACTION/,
      /^\s*WITH facts AS .*new_row AS \(INSERT INTO announcement_comment .*audit AS \(INSERT INTO audit_event .*rate_limit_require\(/s,
      /^INSERT INTO "comment_subscription"/,
      /^COMMIT/,
    ]) {
      expect(statements.filter((s) => re.test(s))).not.toHaveLength(0);
    }
    const [sub] = await w.db.query('SELECT count(*)::int AS n FROM comment_subscription WHERE comment_id = $1', [
      result.body.id,
    ]);
    expect(sub.n).toBe(1);
  });

  it('the honeypot, bad fields, unknown, draft and withdrawn announcements: a 4xx with its code, nothing stored', async () => {
    const a = await publishAnnouncement(w.app, w);
    const draft = await publishAnnouncement(w.app, w, { status: 'draft' });
    const withdrawn = await publishAnnouncement(w.app, w);
    await w.app.inject({
      method: 'POST',
      url: `/api/announcements/${withdrawn.id}/status`,
      headers: w.moderator,
      payload: { status: 'withdrawn', version: withdrawn.version },
    });
    // Counted on this test's announcements only: other spec files post comments in parallel.
    const ours = [a.id, draft.id, withdrawn.id];
    const countOurs = async () =>
      (
        await w.db.query('SELECT count(*)::int AS n FROM announcement_comment WHERE announcement_id = ANY($1)', [ours])
      )[0].n as number;
    expect(await countOurs()).toBe(0);
    const cases: [string, object, number, string, string?][] = [
      [a.slug, { website: 'http://spam.example' }, 400, 'comment.rejected_as_bot', 'website'],
      [a.slug, { name: '' }, 400, 'validation.failed', 'name'],
      [a.slug, { name: '   ' }, 400, 'validation.failed', 'name'],
      [a.slug, { text: 'x'.repeat(2001) }, 400, 'validation.failed', 'text'],
      [a.slug, { text: '' }, 400, 'validation.failed', 'text'],
      [a.slug, { email: 'no-es-un-correo' }, 400, 'validation.failed', 'email'],
      [a.slug, { parentId: 'nope' }, 400, 'validation.failed', 'parentId'],
      [a.slug, { parentId: '00000000-0000-4000-8000-000000000000' }, 400, 'comment.unknown_parent', 'parentId'],
      [a.slug, { extra: 1 }, 400, 'validation.failed'],
      [`no-existe-${uniq()}`, {}, 404, 'announcement.not_found'],
      [draft.slug, {}, 404, 'announcement.not_found'],
      [withdrawn.slug, {}, 409, 'comment.announcement_closed'],
    ];
    for (const [slug, body, status, code, field] of cases) {
      const { res } = await postComment(w.app, slug, body);
      const err = res.json() as ApiErrorBody;
      expect([slug === a.slug ? JSON.stringify(body).slice(0, 40) : slug, res.statusCode, err.code]).toEqual([
        slug === a.slug ? JSON.stringify(body).slice(0, 40) : slug,
        status,
        code,
      ]);
      if (field) expect(err.field).toBe(field);
      expect(JSON.stringify(err)).not.toMatch(/at \w+ \(/); // no stack trace
    }
    const huge = await w.app.inject({
      method: 'POST',
      url: `/api/public/announcements/${a.slug}/comments`,
      headers: { 'x-forwarded-for': freshIp(), 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x', email: freshEmail(), text: 'y'.repeat(20_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(await countOurs()).toBe(0);
  });

  it('one level of replies: a reply to a reply is refused; markup is stored as plain text', async () => {
    const a = await publishAnnouncement(w.app, w);
    const top = await postComment(w.app, a.slug);
    await approve(w.app, w, top.body.id);
    const xss = '<img src=x onerror=alert(1)><script>alert(2)</script>[x](javascript:alert(3))';
    const reply = await postComment(w.app, a.slug, { parentId: top.body.id, text: xss, name: '<b>Ana</b>' });
    expect(reply.res.statusCode).toBe(201);
    await approve(w.app, w, reply.body.id);
    const shown = await page(a.slug);
    expect(shown.comments[0].replies[0]).toMatchObject({ text: xss, authorName: '<b>Ana</b>', withdrawn: false });
    const deeper = await postComment(w.app, a.slug, { parentId: reply.body.id });
    expect(deeper.res.statusCode).toBe(400);
    expect(deeper.res.json()).toMatchObject({ code: 'comment.reply_to_reply', field: 'parentId' });
  });

  it('one comment per 15 s per address and per network, with Retry-After', async () => {
    const a = await publishAnnouncement(w.app, w);
    const ip = freshIp();
    expect((await postComment(w.app, a.slug, {}, ip)).res.statusCode).toBe(201);
    const again = await postComment(w.app, a.slug, {}, ip);
    expect(again.res.statusCode).toBe(429);
    expect(again.res.json()).toMatchObject({ code: 'comment.rate_limited', params: { scope: 'ip', window: 'burst' } });
    expect(Number(again.res.headers['retry-after'])).toBeGreaterThan(0);
    const email = freshEmail();
    expect((await postComment(w.app, a.slug, { email })).res.statusCode).toBe(201);
    const sameAddress = await postComment(w.app, a.slug, { email });
    expect(sameAddress.res.json()).toMatchObject({ code: 'comment.rate_limited', params: { scope: 'email' } });
    await advanceClock(w.app, 16);
    expect((await postComment(w.app, a.slug, {}, ip)).res.statusCode).toBe(201);
  });

  it('a new author sends at most 10 a day; parallel posts from one author are counted one by one', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    for (let i = 0; i < 10; i++) {
      const r = await postComment(w.app, a.slug, { email, text: `número ${i} ${uniq()}` });
      expect(r.res.statusCode).toBe(201);
      await advanceClock(w.app, 16);
    }
    const eleventh = await postComment(w.app, a.slug, { email });
    expect(eleventh.res.statusCode).toBe(429);
    expect(eleventh.res.json()).toMatchObject({ params: { scope: 'email', window: 'day' } });

    const burst = freshEmail();
    const results = await Promise.all(Array.from({ length: 5 }, () => postComment(w.app, a.slug, { email: burst })));
    expect(results.map((r) => r.res.statusCode).sort()).toEqual([201, 429, 429, 429, 429]);
  });

  it('a known author is held to the burst limit only: the daily maximum, decided in the statement, is for new authors', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const ip = freshIp();
    await approve(w.app, w, (await postComment(w.app, a.slug, { email }, ip)).body.id);
    for (let i = 0; i < 11; i++) {
      await advanceClock(w.app, 16);
      const r = await postComment(w.app, a.slug, { email, text: `conocido ${i} ${uniq()}` }, ip);
      expect(r.res.statusCode).toBe(201);
      expect(r.body.status).toBe('approved');
    }
  });
});
