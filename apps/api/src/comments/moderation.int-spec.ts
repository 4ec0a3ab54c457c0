import type { ModerationCountDto, ModerationQueueDto } from '@cumbre/contracts';
import {
  advanceClock,
  approve,
  freshEmail,
  freshIp,
  postComment,
  publishAnnouncement,
  readPublicAnnouncement,
  usePublicWorld,
} from '../../test/public-world';

describe('comments: moderation, flags, blocks, reply notifications', () => {
  const w = usePublicWorld();

  const page = (slug: string) => readPublicAnnouncement(w.app, slug);
  const decide = (id: string, headers: Record<string, string> | undefined, payload: object) =>
    w.app.inject({ method: 'POST', url: `/api/moderation/comments/${id}/decision`, headers, payload });
  const flag = (id: string, ip = freshIp()) =>
    w.app.inject({
      method: 'POST',
      url: `/api/public/comments/${id}/flags`,
      headers: { 'x-forwarded-for': ip },
      payload: { reason: 'offensive' },
    });

  it('the queue lists held comments oldest first with a count; only moderators reach it', async () => {
    const a = await publishAnnouncement(w.app, w);
    const first = await postComment(w.app, a.slug);
    await advanceClock(w.app, 1);
    const second = await postComment(w.app, a.slug);
    const queue = (
      await w.app.inject({
        method: 'GET',
        url: '/api/moderation/comments?queue=pending&limit=200',
        headers: w.moderator,
      })
    ).json() as ModerationQueueDto;
    const ids = queue.items.map((c) => c.id);
    expect(ids.indexOf(first.body.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.body.id)).toBeLessThan(ids.indexOf(second.body.id));
    const mine = queue.items.find((c) => c.id === first.body.id);
    expect(mine).toMatchObject({
      status: 'pending',
      holdReasons: ['first_time_author'],
      announcement: { slug: a.slug },
    });
    expect(mine?.authorEmail).toContain('@correo.example');
    const count = (
      await w.app.inject({ method: 'GET', url: '/api/moderation/comments/count', headers: w.moderator })
    ).json() as ModerationCountDto;
    expect(count.pending).toBeGreaterThanOrEqual(2);
    expect(count.total).toBeGreaterThanOrEqual(count.pending);

    expect((await w.app.inject({ method: 'GET', url: '/api/moderation/comments' })).statusCode).toBe(401);
    const forged = await decide(first.body.id, w.leader, { action: 'approve', version: 1 });
    expect(forged.statusCode).toBe(403);
    const anon = await decide(first.body.id, undefined, { action: 'approve', version: 1 });
    expect(anon.statusCode).toBe(401);
    const [row] = await w.db.query('SELECT status FROM announcement_comment WHERE id = $1', [first.body.id]);
    expect(row.status).toBe('pending');
  });

  it('reject and spam keep a comment off the page; every decision is audited; a stale version is a 409', async () => {
    const a = await publishAnnouncement(w.app, w);
    const r = await postComment(w.app, a.slug);
    const s = await postComment(w.app, a.slug);
    await approve(w.app, w, r.body.id, 'reject');
    await approve(w.app, w, s.body.id, 'spam');
    expect((await page(a.slug)).comments).toEqual([]);
    const audit = await w.db.query(
      `SELECT action FROM audit_event WHERE object_id = ANY($1) AND action LIKE 'comment.%' ORDER BY occurred_at`,
      [[r.body.id, s.body.id]],
    );
    expect(audit.map((x: { action: string }) => x.action).sort()).toEqual(
      ['comment.rejected', 'comment.spam', 'comment.submitted', 'comment.submitted'].sort(),
    );
    const stale = await decide(r.body.id, w.moderator, { action: 'approve', version: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('three distinct readers hide a comment; a hidden reply leaves a placeholder; review brings it back', async () => {
    const a = await publishAnnouncement(w.app, w);
    const top = await postComment(w.app, a.slug);
    await approve(w.app, w, top.body.id);
    const reply = await postComment(w.app, a.slug, { parentId: top.body.id, text: 'respuesta polémica' });
    await approve(w.app, w, reply.body.id);
    const ip = freshIp();
    expect((await flag(reply.body.id, ip)).statusCode).toBe(204);
    const twice = await flag(reply.body.id, ip);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'comment.already_flagged' });
    expect((await page(a.slug)).comments[0].replies[0].withdrawn).toBe(false);
    await flag(reply.body.id);
    await flag(reply.body.id);
    const hidden = (await page(a.slug)).comments[0].replies[0];
    expect(hidden).toMatchObject({ id: reply.body.id, withdrawn: true, text: null, authorName: null });
    const queue = (
      await w.app.inject({
        method: 'GET',
        url: '/api/moderation/comments?queue=flagged&limit=200',
        headers: w.moderator,
      })
    ).json() as ModerationQueueDto;
    expect(queue.items.find((c) => c.id === reply.body.id)).toMatchObject({ hiddenByFlags: true, flagCount: 3 });
    expect((await flag(reply.body.id)).statusCode).toBe(404);

    await approve(w.app, w, reply.body.id);
    expect((await page(a.slug)).comments[0].replies[0]).toMatchObject({ withdrawn: false, text: 'respuesta polémica' });

    // Removing the parent keeps its approved reply on show under a placeholder.
    await approve(w.app, w, top.body.id, 'reject');
    const thread = (await page(a.slug)).comments;
    expect(thread).toHaveLength(1);
    expect(thread[0]).toMatchObject({ withdrawn: true, text: null });
    expect(thread[0].replies[0]).toMatchObject({ withdrawn: false, text: 'respuesta polémica' });
  });

  it('forged moderation requests: 401 without a session, 403 moderation.forbidden for a non-moderator, nothing changed', async () => {
    const a = await publishAnnouncement(w.app, w);
    const held = await postComment(w.app, a.slug);
    const id = held.body.id as string;
    const routes: { method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: object }[] = [
      { method: 'GET', url: '/api/moderation/comments' },
      { method: 'GET', url: '/api/moderation/comments/count' },
      { method: 'POST', url: `/api/moderation/comments/${id}/decision`, payload: { action: 'approve', version: 1 } },
      { method: 'GET', url: '/api/moderation/blocks' },
      { method: 'POST', url: '/api/moderation/blocks', payload: { commentId: id, target: 'email' } },
      { method: 'DELETE', url: `/api/moderation/blocks/${id}` },
      { method: 'GET', url: '/api/moderation/blocked-words' },
      { method: 'POST', url: '/api/moderation/blocked-words', payload: { word: 'forjada' } },
      { method: 'DELETE', url: '/api/moderation/blocked-words/forjada' },
    ];
    const blocksBefore = await w.db.query('SELECT id FROM comment_block ORDER BY id');
    for (const r of routes) {
      for (const headers of [w.leader, w.staff]) {
        const res = await w.app.inject({ ...r, headers });
        expect({ route: `${r.method} ${r.url}`, status: res.statusCode, code: res.json().code }).toEqual({
          route: `${r.method} ${r.url}`,
          status: 403,
          code: 'moderation.forbidden',
        });
      }
      const anon = await w.app.inject(r);
      expect({ route: `${r.method} ${r.url}`, status: anon.statusCode, code: anon.json().code }).toEqual({
        route: `${r.method} ${r.url}`,
        status: 401,
        code: 'auth.unauthenticated',
      });
    }
    const [row] = await w.db.query('SELECT status FROM announcement_comment WHERE id = $1', [id]);
    expect(row.status).toBe('pending');
    const words = (
      await w.app.inject({ method: 'GET', url: '/api/moderation/blocked-words', headers: w.moderator })
    ).json();
    expect(words).not.toContain('forjada');
    expect(await w.db.query('SELECT id FROM comment_block ORDER BY id')).toEqual(blocksBefore);
  });

  it('a blocked address or network is refused with comment.blocked; the audit names no address', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const c = await postComment(w.app, a.slug, { email });
    const block = await w.app.inject({
      method: 'POST',
      url: '/api/moderation/blocks',
      headers: w.moderator,
      payload: { commentId: c.body.id, target: 'email' },
    });
    expect(block.statusCode).toBe(201);
    await advanceClock(w.app, 20);
    const refused = await postComment(w.app, a.slug, { email });
    expect(refused.res.statusCode).toBe(403);
    expect(refused.res.json()).toMatchObject({ code: 'comment.blocked' });

    const ip = freshIp();
    const d = await postComment(w.app, a.slug, {}, ip);
    await w.app.inject({
      method: 'POST',
      url: '/api/moderation/blocks',
      headers: w.moderator,
      payload: { commentId: d.body.id, target: 'ip' },
    });
    await advanceClock(w.app, 20);
    expect((await postComment(w.app, a.slug, {}, ip)).res.json()).toMatchObject({ code: 'comment.blocked' });
    const audit = await w.db.query(`SELECT details::text AS d FROM audit_event WHERE action LIKE 'comment.%'`);
    expect(audit.map((r: { d: string }) => r.d).join('\n')).not.toContain(email);
  });

  it('the block list: block a typed address or IP, see it listed, lift it; bad values are 400s; all audited', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const ip = freshIp();
    const blockTyped = (payload: object) =>
      w.app.inject({ method: 'POST', url: '/api/moderation/blocks', headers: w.moderator, payload });
    const byEmail = await blockTyped({ target: 'email', value: ` ${email.toUpperCase()} ` });
    expect(byEmail.statusCode).toBe(201);
    expect(byEmail.json()).toMatchObject({ target: 'email', value: email });
    const byIp = await blockTyped({ target: 'ip', value: ip });
    expect(byIp.statusCode).toBe(201);
    expect(byIp.json().value).toMatch(/^ip:/);
    expect(byIp.json().value).not.toContain(ip);
    const list = (await w.app.inject({ method: 'GET', url: '/api/moderation/blocks', headers: w.moderator })).json();
    expect(list.map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining([byEmail.json().id, byIp.json().id]));
    expect((await postComment(w.app, a.slug, { email })).res.json()).toMatchObject({ code: 'comment.blocked' });
    expect((await postComment(w.app, a.slug, {}, ip)).res.json()).toMatchObject({ code: 'comment.blocked' });

    for (const [payload, code] of [
      [{ target: 'email' }, 'validation.required'],
      [{ target: 'email', value: 'no-es-correo' }, 'validation.not_email'],
      [{ target: 'ip', value: '300.1.2.3' }, 'validation.bad_format'],
    ] as const) {
      const bad = await blockTyped(payload);
      expect({ status: bad.statusCode, code: bad.json().code, field: bad.json().field }).toEqual({
        status: 400,
        code,
        field: 'value',
      });
    }

    for (const id of [byEmail.json().id, byIp.json().id]) {
      expect(
        (await w.app.inject({ method: 'DELETE', url: `/api/moderation/blocks/${id}`, headers: w.moderator }))
          .statusCode,
      ).toBe(204);
    }
    await advanceClock(w.app, 20);
    expect((await postComment(w.app, a.slug, { email }, ip)).res.statusCode).toBe(201);
    const audit = await w.db.query(
      `SELECT action, details::text AS d FROM audit_event WHERE object_id = ANY($1::text[]) ORDER BY occurred_at`,
      [[byEmail.json().id, byIp.json().id]],
    );
    expect(audit.map((r: { action: string }) => r.action).sort()).toEqual([
      'comment.author_blocked',
      'comment.author_blocked',
      'comment.author_unblocked',
      'comment.author_unblocked',
    ]);
    expect(audit.map((r: { d: string }) => r.d).join('\n')).not.toContain(email);
    expect(audit.map((r: { d: string }) => r.d).join('\n')).not.toContain(ip);
  });

  it('reply notifications: double opt-in through the outbox, one e-mail per reply, one-click unsubscribe', async () => {
    const a = await publishAnnouncement(w.app, w);
    const email = freshEmail();
    const top = await postComment(w.app, a.slug, { email, notifyReplies: true });
    expect(top.body.confirmationSent).toBe(true);
    await approve(w.app, w, top.body.id);
    const mails = async (to: string) =>
      (await w.db.query(`SELECT kind, text_body FROM email_outbox WHERE to_address = $1 ORDER BY created_at`, [
        to,
      ])) as {
        kind: string;
        text_body: string;
      }[];
    const [confirm] = await mails(email);
    expect(confirm.kind).toBe('comment.subscription_confirm');
    // Before confirming, a reply sends nothing.
    const early = await postComment(w.app, a.slug, { parentId: top.body.id });
    await approve(w.app, w, early.body.id);
    expect(await mails(email)).toHaveLength(1);

    const token = /confirmar\?token=([\w-]+)/.exec(confirm.text_body)?.[1] as string;
    const ok = await w.app.inject({ method: 'GET', url: `/api/public/comment-subscriptions/confirm?token=${token}` });
    expect(ok.json()).toMatchObject({ state: 'confirmed', announcementSlug: a.slug });
    const bad = await w.app.inject({
      method: 'GET',
      url: `/api/public/comment-subscriptions/confirm?token=${'x'.repeat(30)}`,
    });
    expect(bad.json()).toMatchObject({ code: 'comment.subscription_token_invalid' });

    const reply = await postComment(w.app, a.slug, { parentId: top.body.id, text: 'Te respondo' });
    await approve(w.app, w, reply.body.id);
    const after = await mails(email);
    expect(after.map((m) => m.kind)).toEqual(['comment.subscription_confirm', 'comment.reply']);
    expect(after[1].text_body).toContain('Te respondo');
    const stop = /baja\?token=([\w.%-]+)/.exec(after[1].text_body)?.[1] as string;
    const unsub = await w.app.inject({
      method: 'POST',
      url: `/api/public/comment-subscriptions/unsubscribe?token=${stop}`,
    });
    expect(unsub.json()).toMatchObject({ state: 'unsubscribed' });
    const later = await postComment(w.app, a.slug, { parentId: top.body.id });
    await approve(w.app, w, later.body.id);
    expect(await mails(email)).toHaveLength(2);
  });
});
