import type { ActionItemDto, ActionPlanSummaryDto, Page } from '@cumbre/contracts';
import { addActionItem, addItem, moveActionItem } from '../../test/agenda-world';
import { call, createMeeting, useMeetingWorld, invite, Persona } from '../../test/meeting-world';

// The per-agency summary of the action plan: the same items as the list (and the CSV), counted.
describe('action plan summary', () => {
  const w = useMeetingWorld();
  let meetingId: string;

  beforeAll(async () => {
    const m = await createMeeting(w, { title: 'Cumbre: resumen del plan' });
    meetingId = m.id;
    await invite(w, m.id);
    const item = await addItem(w, m.id, { title: 'Plan conjunto', kind: 'decision' });
    const add = async (
      what: string,
      owner: string,
      dueDate: string,
      status?: string,
      who: Persona = 'invitedStaff',
    ) => {
      const created = await addActionItem(w, m.id, item.id, { what, ownerAgencyId: owner, dueDate });
      if (status) await moveActionItem(w, created, status, who);
    };
    await add('Mapa del delito', w.agencies.invited, '2099-01-31');
    await add('Enlace regional', w.agencies.invited, '2020-01-15'); // overdue
    await add('Informe', w.agencies.invited, '2020-01-16', 'done'); // past, but done: not overdue
    await add('Patrullaje', w.agencies.other, '2099-02-01', 'in_progress', 'otherStaff');
    await add('Fiscalía', w.agencies.other, '2020-02-01', 'blocked', 'otherStaff'); // overdue
  });

  const summary = async (who: Persona, query = `meetingId=${meetingId}`) => {
    const res = await call(w, who, 'GET', `/api/action-items/summary?${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as ActionPlanSummaryDto;
  };

  it('counts per owner agency by status and overdue, with totals', async () => {
    const s = await summary('invitedAnalyst');
    const byAgency = Object.fromEntries(s.agencies.map((a) => [a.ownerAgency.id, a]));
    expect(byAgency[w.agencies.invited]).toMatchObject({
      open: 2,
      inProgress: 0,
      done: 1,
      blocked: 0,
      overdue: 1,
      total: 3,
    });
    expect(byAgency[w.agencies.other]).toMatchObject({
      open: 0,
      inProgress: 1,
      done: 0,
      blocked: 1,
      overdue: 1,
      total: 2,
    });
    expect(s.totals).toEqual({ open: 2, inProgress: 1, done: 1, blocked: 1, overdue: 2, total: 5 });
    expect(s.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('agrees with the list under the same filters', async () => {
    const query = `meetingId=${meetingId}&ownerAgencyId=${w.agencies.invited}`;
    const s = await summary('convener', query);
    expect(s.agencies.map((a) => a.ownerAgency.id)).toEqual([w.agencies.invited]);
    const overdue = await call(w, 'convener', 'GET', `/api/action-items?${query}&overdue=true`);
    expect((overdue.json() as Page<ActionItemDto>).total).toBe(s.totals.overdue);
    const all = await call(w, 'convener', 'GET', `/api/action-items?${query}`);
    expect((all.json() as Page<ActionItemDto>).total).toBe(s.totals.total);
  });

  it('counts nothing from meetings the caller may not see, and refuses bad filters', async () => {
    expect(
      (await summary('outsider')).agencies.filter((a) =>
        [w.agencies.invited, w.agencies.other].includes(a.ownerAgency.id),
      ),
    ).toEqual([]);
    const bad = await call(w, 'convener', 'GET', '/api/action-items/summary?status=open');
    expect(bad.statusCode).toBe(400);
    expect((await call(w, 'anonymous', 'GET', '/api/action-items/summary')).statusCode).toBe(401);
  });
});
