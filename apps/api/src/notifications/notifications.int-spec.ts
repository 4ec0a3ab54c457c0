import type { NotificationListDto } from '@cumbre/contracts';
import { createTestApp } from '../../test/test-app';
import { call, createMeeting, useMeetingWorld, invite, MeetingWorld } from '../../test/meeting-world';
import { MAIL_TRANSPORT, MailTransport, OutgoingMail } from './mail-transport';
import { OUTBOX_MAX_ATTEMPTS, OutboxWorker, retryDelaySeconds } from './outbox-worker.service';

describe('notifications: the bell and the e-mail outbox', () => {
  const w = useMeetingWorld();

  const bell = async (who: Parameters<typeof call>[1], query = '') => {
    const res = await call(w, who, 'GET', `/api/notifications${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as NotificationListDto;
  };

  describe('in-app', () => {
    it('lists my notifications newest first with the unread count, marks one and then all read', async () => {
      const first = await createMeeting(w, { title: 'Primera invitación' });
      await invite(w, first.id, [w.agencies.invited]);
      const second = await createMeeting(w, { title: 'Segunda invitación' });
      await invite(w, second.id, [w.agencies.invited]);

      const list = await bell('invitedLeader');
      expect(list.unread).toBe(2);
      expect(list.items.map((n) => [n.kind, n.title, n.meetingId])).toEqual([
        ['meeting.invited', 'Invitación: Segunda invitación', second.id],
        ['meeting.invited', 'Invitación: Primera invitación', first.id],
      ]);
      expect(list.items[0].body).toContain('Su institución ha sido invitada a «Segunda invitación»');
      // The parts of the sentence, for a client that words it in another language.
      expect(list.items[0].params).toEqual({
        meetingTitle: 'Segunda invitación',
        startsAt: new Date(second.startsAt as string).toISOString(),
        endsAt: new Date(second.endsAt as string).toISOString(),
        timeZone: second.timeZone,
        place: 'Sala de prueba, Av. Prueba 123, Piura',
      });
      expect(list.items[0].readAt).toBeNull();

      const read = await call(w, 'invitedLeader', 'POST', `/api/notifications/${list.items[1].id}/read`);
      expect(read.statusCode).toBe(200);
      expect(read.json().readAt).not.toBeNull();
      const again = await call(w, 'invitedLeader', 'POST', `/api/notifications/${list.items[1].id}/read`);
      expect(again.json().readAt).toBe(read.json().readAt);
      expect((await bell('invitedLeader')).unread).toBe(1);
      expect((await bell('invitedLeader', '?unreadOnly=true')).items.map((n) => n.id)).toEqual([list.items[0].id]);
      expect((await bell('invitedLeader', '?limit=1&offset=1')).items.map((n) => n.id)).toEqual([list.items[1].id]);

      const all = await call(w, 'invitedLeader', 'POST', '/api/notifications/read-all');
      expect(all.statusCode).toBe(200);
      expect(all.json()).toEqual({ marked: 1, unread: 0 });
      expect((await bell('invitedLeader')).unread).toBe(0);
    });

    it('pages with a read/unread filter, the total matching it, and the real unread count (no cap)', async () => {
      const me = w.users.hostLeader.id;
      await w.db.query(
        `INSERT INTO notification (user_id, kind, title, body, read_at)
         SELECT $1, 'meeting.changed', 'Aviso ' || g, '', CASE WHEN g <= 30 THEN now() END FROM generate_series(1, 150) g`,
        [me],
      );
      const all = await bell('hostLeader', '?limit=10');
      expect(all).toMatchObject({ total: 150, unread: 120 });
      expect(all.items).toHaveLength(10);
      const unread = await bell('hostLeader', '?status=unread&limit=100&offset=100');
      expect(unread).toMatchObject({ total: 120, unread: 120 });
      expect(unread.items).toHaveLength(20);
      expect(unread.items.every((n) => n.readAt === null)).toBe(true);
      const read = await bell('hostLeader', '?status=read&limit=5');
      expect(read).toMatchObject({ total: 30, unread: 120 });
      expect(read.items.every((n) => n.readAt !== null)).toBe(true);
      const bad = await call(w, 'hostLeader', 'GET', '/api/notifications?status=maybe');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields[0]).toMatchObject({ field: 'status', code: 'validation.not_in_list' });
    });

    it('never shows or touches another user’s notifications', async () => {
      const m = await createMeeting(w);
      await invite(w, m.id, [w.agencies.other]);
      const theirs = (await bell('otherLeader')).items[0];
      expect((await bell('otherStaff')).items.map((n) => n.id)).not.toContain(theirs.id);
      expect((await call(w, 'outsider', 'POST', `/api/notifications/${theirs.id}/read`)).statusCode).toBe(404);
      expect((await bell('otherLeader')).items.find((n) => n.id === theirs.id)?.readAt).toBeNull();
    });

    it('validates input and needs a signed-in user', async () => {
      expect((await call(w, 'invitedLeader', 'POST', '/api/notifications/nope/read')).statusCode).toBe(400);
      expect((await call(w, 'invitedLeader', 'GET', '/api/notifications?limit=500')).statusCode).toBe(400);
      expect((await call(w, 'invitedLeader', 'GET', '/api/notifications?unreadOnly=maybe')).statusCode).toBe(400);
      expect((await call(w, 'anonymous', 'GET', '/api/notifications')).statusCode).toBe(401);
      expect((await call(w, 'anonymous', 'POST', '/api/notifications/read-all')).statusCode).toBe(401);
    });
  });

  describe('outbox worker', () => {
    /**
     * Due before any other e-mail: the specs share one database and leave theirs pending, more than
     * a batch takes in a whole run, and a batch takes the longest due first.
     */
    const dueFirst = (id: string) =>
      w.db.query(`UPDATE email_outbox SET next_attempt_at = '-infinity' WHERE id = $1`, [id]);

    /** One outbox row of this spec's own, addressed to `who`, due before every other. */
    async function mailFor(who: keyof MeetingWorld['users']): Promise<string> {
      const m = await createMeeting(w);
      await w.db.query(`DELETE FROM email_outbox WHERE to_address = $1`, [w.users[who].email]);
      await call(w, 'convener', 'POST', `/api/meetings/${m.id}/invitations`, {
        agencyIds: [who === 'otherLeader' ? w.agencies.other : w.agencies.invited],
      });
      const [row] = await w.db.query(`SELECT id FROM email_outbox WHERE to_address = $1`, [w.users[who].email]);
      await dueFirst(row.id);
      return row.id;
    }
    const row = async (id: string) =>
      (
        await w.db.query(
          `SELECT status, attempts, last_error, sent_at, next_attempt_at > now() + interval '10 seconds' AS deferred FROM email_outbox WHERE id = $1`,
          [id],
        )
      )[0];

    it('without SMTP_URL logs each e-mail (with its .ics attachment) and marks it sent', async () => {
      const id = await mailFor('invitedLeader');
      const transport = w.app.get<MailTransport>(MAIL_TRANSPORT);
      expect(transport.kind).toBe('log');
      const sent: OutgoingMail[] = [];
      const spy = jest.spyOn(transport, 'send').mockImplementation(async function (
        this: MailTransport,
        mail: OutgoingMail,
      ) {
        sent.push(mail);
      });
      try {
        await w.app.get(OutboxWorker).processOutboxBatch(1000);
      } finally {
        spy.mockRestore();
      }
      const mine = sent.find((m) => m.id === id) as OutgoingMail;
      expect(mine.to.address).toBe(w.users.invitedLeader.email);
      expect(mine.attachments[0].contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null, sent_at: expect.any(Date) });
      // Already sent: never again.
      await w.app.get(OutboxWorker).processOutboxBatch(1000);
      expect((await row(id)).attempts).toBe(1);
    });

    it('the log transport really writes the e-mail to the log', async () => {
      const id = await mailFor('otherLeader');
      const { Logger } = await import('@nestjs/common');
      const log = jest.spyOn(Logger.prototype, 'log');
      try {
        await w.app.get(OutboxWorker).processOutboxBatch(1000);
        const line = log.mock.calls.map((c) => c[0] as { outboxId?: string }).find((c) => c?.outboxId === id);
        expect(line).toMatchObject({
          to: w.users.otherLeader.email,
          attachments: ['reunion.ics (text/calendar; charset=utf-8; method=REQUEST)'],
        });
      } finally {
        log.mockRestore();
      }
      expect((await row(id)).status).toBe('sent');
    });

    it('retries a failed e-mail later with a growing delay, and gives up after the last attempt', async () => {
      const id = await mailFor('invitedLeader');
      const transport = w.app.get<MailTransport>(MAIL_TRANSPORT);
      const spy = jest.spyOn(transport, 'send').mockImplementation(async (mail: OutgoingMail) => {
        if (mail.id === id) throw new Error('421 servidor ocupado');
      });
      try {
        await w.app.get(OutboxWorker).processOutboxBatch(1000);
        expect(await row(id)).toMatchObject({
          status: 'pending',
          attempts: 1,
          last_error: '421 servidor ocupado',
          sent_at: null,
          deferred: true,
        });
        // Not due yet: a second batch leaves it alone.
        await w.app.get(OutboxWorker).processOutboxBatch(1000);
        expect((await row(id)).attempts).toBe(1);
        await dueFirst(id);
        await w.app.get(OutboxWorker).processOutboxBatch(1000);
        expect(await row(id)).toMatchObject({ status: 'pending', attempts: 2 });
        await w.db.query(`UPDATE email_outbox SET next_attempt_at = '-infinity', attempts = $2 WHERE id = $1`, [
          id,
          OUTBOX_MAX_ATTEMPTS - 1,
        ]);
        await w.app.get(OutboxWorker).processOutboxBatch(1000);
        expect(await row(id)).toMatchObject({ status: 'failed', attempts: OUTBOX_MAX_ATTEMPTS });
      } finally {
        spy.mockRestore();
      }
      expect([1, 2, 3, 10, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 3600, 3600]);
    });

    it('with an unreachable SMTP server, counts the attempt and keeps the error', async () => {
      const smtpApp = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
      try {
        expect(smtpApp.get<MailTransport>(MAIL_TRANSPORT).kind).toBe('smtp');
        const id = await mailFor('invitedLeader');
        await smtpApp.get(OutboxWorker).processOutboxBatch(1000);
        const after = await row(id);
        expect(after).toMatchObject({ status: 'pending', attempts: 1, deferred: true });
        expect(after.last_error).toMatch(/ECONNREFUSED|connect/i);
      } finally {
        await smtpApp.close();
      }
    });

    it('lets two workers run at once without sending anything twice', async () => {
      const ids = [await mailFor('invitedLeader'), await mailFor('otherLeader')];
      const transport = w.app.get<MailTransport>(MAIL_TRANSPORT);
      const seen: string[] = [];
      const spy = jest.spyOn(transport, 'send').mockImplementation(async (mail: OutgoingMail) => {
        seen.push(mail.id);
        await new Promise((r) => setTimeout(r, 20));
      });
      try {
        const worker = w.app.get(OutboxWorker);
        await Promise.all([worker.processOutboxBatch(1000), worker.processOutboxBatch(1000)]);
      } finally {
        spy.mockRestore();
      }
      for (const id of ids) expect(seen.filter((s) => s === id)).toHaveLength(1);
      expect(new Set(seen).size).toBe(seen.length);
    });
  });
});
