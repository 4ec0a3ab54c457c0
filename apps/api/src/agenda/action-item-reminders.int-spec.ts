import type { NotificationDto, NotificationListDto } from '@cumbre/contracts';
import { Clock, SystemClock } from '../common/clock';
import { useTestApp } from '../../test/test-app';
import { testNow } from '../../test/test-clock';
import { addActionItem, addItem, moveActionItem } from '../../test/agenda-world';
import {
  call,
  createMeeting,
  dayAfter,
  futureDay,
  invite,
  limaNoon,
  Persona,
  useMeetingWorld,
} from '../../test/meeting-world';
import { ActionItemRemindersJob } from './action-item-reminders.service';

/**
 * The overdue job, driven by the test clock: the owner agency's leaders and staff are told once
 * per item, even when two API instances run the job at the same moment.
 */
describe('action item reminders: overdue and due soon', () => {
  // Two API instances on one database, as in production behind a load balancer.
  const w = useMeetingWorld();
  const other = useTestApp();

  const setClock = (instant: Date) => {
    for (const a of [w.app, other.app]) (a.get(Clock) as SystemClock).startingAt(instant);
  };

  async function notices(
    kind: 'action_item.overdue' | 'action_item.due_soon',
    who: Persona,
    meetingId: string,
  ): Promise<NotificationDto[]> {
    const res = await call(w, who, 'GET', '/api/notifications?limit=100');
    expect(res.statusCode).toBe(200);
    return (res.json() as NotificationListDto).items.filter((n) => n.kind === kind && n.meetingId === meetingId);
  }
  const overdueNotices = (who: Persona, meetingId: string) => notices('action_item.overdue', who, meetingId);

  it('tells the owner agency once per item, across instances and runs, and never about done items', async () => {
    const m = await createMeeting(w, { title: 'Cumbre: plan contra la extorsión' });
    await invite(w, m.id);
    const item = await addItem(w, m.id, { title: 'Plan conjunto', kind: 'decision' });
    const first = futureDay();
    const later = dayAfter(first, 3);
    const add = (what: string, dueDate: string) =>
      addActionItem(w, m.id, item.id, { what, ownerAgencyId: w.agencies.invited, dueDate });
    await add('Compartir el mapa del delito', first);
    const done = await add('Designar enlace regional', first);
    await add('Presentar el informe trimestral', later);
    await moveActionItem(w, done, 'done');

    try {
      // The due day itself: not overdue yet.
      setClock(limaNoon(first));
      await w.app.get(ActionItemRemindersJob).runOnce();
      expect(await overdueNotices('invitedLeader', m.id)).toHaveLength(0);

      // The day after, both instances at once: one notice per recipient.
      setClock(limaNoon(dayAfter(first)));
      await Promise.all([w.app.get(ActionItemRemindersJob).runOnce(), other.app.get(ActionItemRemindersJob).runOnce()]);
      await w.app.get(ActionItemRemindersJob).runOnce();
      for (const who of ['invitedLeader', 'invitedStaff'] as const) {
        const notices = await overdueNotices(who, m.id);
        expect(notices).toHaveLength(1);
        expect(notices[0].params).toMatchObject({ count: '1', dueDates: first, meetingTitle: m.title });
        expect(notices[0].body).toContain('Compartir el mapa del delito');
        expect(notices[0].body).not.toContain('Designar enlace regional');
      }
      // Analysts do not act on the plan; other agencies are not concerned.
      expect(await overdueNotices('invitedAnalyst', m.id)).toHaveLength(0);
      expect(await overdueNotices('otherLeader', m.id)).toHaveLength(0);

      // The later item, once its day has passed, in its own notice.
      setClock(limaNoon(dayAfter(later)));
      await other.app.get(ActionItemRemindersJob).runOnce();
      const notices = await overdueNotices('invitedLeader', m.id);
      expect(notices).toHaveLength(2);
      expect(notices.map((n) => n.params['dueDates']).sort()).toEqual([first, later]);
    } finally {
      setClock(testNow());
    }
  });

  it('reminds the owner agency once, three days ahead, of what is not done; then only the overdue notice follows', async () => {
    const m = await createMeeting(w, { title: 'Cumbre: seguimiento de compromisos' });
    await invite(w, m.id);
    const item = await addItem(w, m.id, { title: 'Plan conjunto', kind: 'decision' });
    const due = futureDay();
    const add = (what: string, dueDate: string) =>
      addActionItem(w, m.id, item.id, { what, ownerAgencyId: w.agencies.invited, dueDate });
    await add('Instalar la mesa técnica regional', due);
    await add('Presentar el informe anual', dayAfter(due, 30));
    const done = await add('Designar enlace de inteligencia', due);
    await moveActionItem(w, done, 'done');
    const reminders = (who: Persona) => notices('action_item.due_soon', who, m.id);

    try {
      // Four days ahead: not yet.
      setClock(limaNoon(dayAfter(due, -4)));
      await w.app.get(ActionItemRemindersJob).runOnce();
      expect(await reminders('invitedLeader')).toHaveLength(0);

      // Three days ahead, both instances at once, and again: one reminder per recipient, of the item not done.
      setClock(limaNoon(dayAfter(due, -3)));
      const runs = await Promise.all([
        w.app.get(ActionItemRemindersJob).runOnce(),
        other.app.get(ActionItemRemindersJob).runOnce(),
      ]);
      expect(runs.map((r) => r.dueSoonItems).sort()).toEqual([0, 1]);
      setClock(limaNoon(due));
      await w.app.get(ActionItemRemindersJob).runOnce();
      for (const who of ['invitedLeader', 'invitedStaff'] as const) {
        const told = await reminders(who);
        expect(told).toHaveLength(1);
        expect(told[0].params).toMatchObject({ count: '1', dueDates: due, meetingTitle: m.title });
        expect(told[0].body).toContain('Instalar la mesa técnica regional');
        expect(told[0].body).not.toContain('Designar enlace de inteligencia');
        expect(told[0].body).not.toContain('Presentar el informe anual');
      }
      expect(await reminders('invitedAnalyst')).toHaveLength(0);
      expect(await reminders('otherLeader')).toHaveLength(0);

      // Past the day: the overdue notice, and no second reminder.
      setClock(limaNoon(dayAfter(due)));
      await w.app.get(ActionItemRemindersJob).runOnce();
      expect(await overdueNotices('invitedLeader', m.id)).toHaveLength(1);
      expect(await reminders('invitedLeader')).toHaveLength(1);
    } finally {
      setClock(testNow());
    }
  });
});
