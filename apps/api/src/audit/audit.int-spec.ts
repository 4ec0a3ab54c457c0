import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../test/test-app';
import { useAdminCaller } from '../../test/identity-fixtures';
import { AuditService } from './audit.service';
import { Changes } from './changes';
import { statementsOf } from '../../test/statement-count';
import type { AuditAction, AuditObjectType } from '@cumbre/contracts';

/** The log's own tests write events no feature writes (the registry, AUDIT_ACTIONS, is the features'). */
const act = (name: string) => name as AuditAction;
const obj = (name: string) => name as AuditObjectType;

describe('audit log', () => {
  const t = useTestApp();

  describe('is append-only in the database itself', () => {
    let eventId: string;
    beforeAll(async () => {
      const objectId = randomUUID();
      await t.app.get(AuditService).record({ action: act('test.immutable'), objectType: obj('test'), objectId });
      eventId = (await t.db.query(`SELECT id FROM audit_event WHERE object_id = $1`, [objectId]))[0].id;
    });

    it.each([
      ['UPDATE', () => `UPDATE audit_event SET action = 'test.tampered' WHERE id = '${eventId}'`],
      ['UPDATE of every row', () => `UPDATE audit_event SET details = '{}'`],
      ['DELETE', () => `DELETE FROM audit_event WHERE id = '${eventId}'`],
      ['TRUNCATE', () => `TRUNCATE audit_event`],
    ])('refuses %s', async (_label, sql) => {
      await expect(t.db.query(sql())).rejects.toThrow(/append-only/);
      expect(await t.db.query(`SELECT action FROM audit_event WHERE id = $1`, [eventId])).toEqual([
        { action: act('test.immutable') },
      ]);
    });

    it('refuses it inside a transaction too, rolling the transaction back', async () => {
      const marker = randomUUID();
      await expect(
        t.app.get(Changes).run({ actor: null, origin: null }, async ({ manager, audit }) => {
          await audit({ action: act('test.in_tx'), objectId: marker });
          await manager.query(`DELETE FROM audit_event WHERE id = $1`, [eventId]);
        }),
      ).rejects.toThrow(/append-only/);
      expect(await t.db.query(`SELECT 1 FROM audit_event WHERE object_id = $1`, [marker])).toEqual([]);
    });
  });

  describe('a change', () => {
    const levelIn = (isolation?: 'READ COMMITTED' | 'SERIALIZABLE') =>
      statementsOf(() =>
        t.app
          .get(Changes)
          .run(
            { actor: null, origin: null },
            async ({ manager }) =>
              (await manager.query('SHOW transaction_isolation'))[0].transaction_isolation as string,
            isolation,
          ),
      );

    it("runs READ COMMITTED (PostgreSQL's default) without a statement to name it", async () => {
      const { statements, result } = await levelIn();
      expect(result).toBe('read committed');
      expect(statements).toEqual(['START TRANSACTION', 'SHOW transaction_isolation', 'COMMIT']);
    });

    it('names any other level', async () => {
      const { statements, result } = await levelIn('SERIALIZABLE');
      expect(result).toBe('serializable');
      expect(statements[1]).toBe('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE');
    });
  });

  describe('GET /api/audit', () => {
    const admin = useAdminCaller(t);
    const get = (query: string) => admin.call('GET', `/api/audit${query}`);

    it('lists newest first and filters by action, actor, object and time', async () => {
      const objectId = randomUUID();
      const audit = t.app.get(AuditService);
      await audit.record({
        action: act('test.first'),
        actor: { id: admin.id, email: 'a@x.pe' },
        objectType: obj('thing'),
        objectId,
      });
      await audit.record({
        action: act('test.second'),
        objectType: obj('thing'),
        objectId,
        details: { n: 2 },
      });

      const both = (await get(`?objectType=thing&objectId=${objectId}`)).json();
      expect(both.total).toBe(2);
      expect(both.items.map((e: { action: string }) => e.action)).toEqual(['test.second', 'test.first']);
      expect(both.items[0]).toEqual({
        id: expect.any(String),
        occurredAt: expect.any(String),
        actorUserId: null,
        actorEmail: null,
        action: act('test.second'),
        objectType: obj('thing'),
        objectId,
        ip: null,
        requestId: null,
        details: { n: 2 },
      });
      const first = (await get(`?action=test.first&objectId=${objectId}`)).json();
      expect(first.items.map((e: { action: string }) => e.action)).toEqual(['test.first']);
      const byActor = (await get(`?actorUserId=${admin.id}&objectId=${objectId}`)).json();
      expect(byActor.total).toBe(1);

      const at = new Date(both.items[0].occurredAt);
      const before = new Date(at.getTime() - 60_000).toISOString();
      const after = new Date(at.getTime() + 60_000).toISOString();
      expect((await get(`?objectId=${objectId}&from=${before}&to=${after}`)).json().total).toBe(2);
      expect((await get(`?objectId=${objectId}&from=${after}`)).json().total).toBe(0);
      expect(
        (await get(`?objectId=${objectId}&limit=1&offset=1`)).json().items.map((e: { action: string }) => e.action),
      ).toEqual(['test.first']);
    });

    it('records the sign-in of the admin who reads it, with IP and request id', async () => {
      const res = (await get(`?action=auth.sign_in_succeeded&actorUserId=${admin.id}`)).json();
      expect(res.items[0]).toMatchObject({
        actorUserId: admin.id,
        ip: '127.0.0.1',
        requestId: expect.any(String),
      });
    });

    it.each([
      ['action=DROP TABLE', 'action must be a dotted name such as auth.sign_in_failed'],
      [`action=${'a'.repeat(81)}`, 'action must be shorter than or equal to 80 characters'],
      ['actorUserId=42', 'actorUserId must be a UUID'],
      [`objectType=${'t'.repeat(41)}`, 'objectType must be shorter than or equal to 40 characters'],
      [`objectId=${'o'.repeat(255)}`, 'objectId must be shorter than or equal to 254 characters'],
      ['from=yesterday', 'from must be an ISO 8601 date or date-time'],
      ['to=2025-13-45', 'to is not a valid date'],
      ['from=2025-02-01&to=2025-01-01', 'from must not be after to'],
      ['limit=500', 'limit must not be greater than 200'],
      ['offset=x', 'offset must be an integer number'],
      ['sort=asc', 'property sort should not exist'],
    ])('answers 400 to ?%s naming the parameter', async (query, message) => {
      const res = await get(`?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain(message);
    });
  });
});
