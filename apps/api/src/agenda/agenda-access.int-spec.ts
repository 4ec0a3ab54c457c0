import type { ActionItemDetailDto, ActionPlanItemDto, AgendaDto, MeetingDto, Page } from '@cumbre/contracts';
import { addItem, agendaUrl, readAgenda } from '../../test/agenda-world';
import { call, createMeeting, useMeetingWorld, invite, Persona, PERSONAS } from '../../test/meeting-world';

// The agenda policy (agenda.policy.ts) tried with every persona against every agenda, minutes
// and action-item route of an internal meeting to which only the `invited` agency is invited.
// Someone who may not see the meeting gets 404 everywhere, never 403.

type Who = Persona | 'anonymous';
const ALL: Who[] = [...PERSONAS, 'anonymous'];
const HIDDEN: Record<Who, boolean> = {
  admin: false,
  convener: false,
  hostLeader: false,
  hostStaff: false,
  invitedLeader: false,
  invitedStaff: false,
  invitedAnalyst: false,
  otherLeader: true,
  otherStaff: true,
  outsider: true,
  anonymous: true,
};

/** The expected status for a persona: hidden ones get 404 (anonymous 401 on signed-in routes). */
function expected(who: Who, allowed: readonly Who[], ok: number, publicRoute = false): number {
  if (who === 'anonymous') return publicRoute ? 404 : 401;
  if (HIDDEN[who]) return 404;
  return allowed.includes(who) ? ok : 403;
}

const EDITORS: Who[] = ['admin', 'convener', 'hostLeader', 'hostStaff'];
const DECIDERS: Who[] = ['admin', 'convener', 'hostLeader'];
// hostStaff is the designated secretary.
const RECORDERS: Who[] = ['admin', 'convener', 'hostStaff'];
const OWNERS: Who[] = ['admin', 'convener', 'invitedLeader', 'invitedStaff'];

describe('agenda access per persona', () => {
  const w = useMeetingWorld();
  let m: MeetingDto;
  let itemId: string;
  let actionItemId: string;

  const agenda = () => readAgenda(w, m.id);

  beforeAll(async () => {
    m = await createMeeting(w, { title: 'Reunión con agenda interna' });
    await invite(w, m.id, [w.agencies.invited]);
    itemId = (await addItem(w, m.id, { title: 'Punto base' })).id;
    const a = await agenda();
    const secretary = await call(w, 'convener', 'PUT', `${agendaUrl(m.id)}/secretary`, {
      version: a.version,
      userId: w.users.hostStaff.id,
    });
    expect(secretary.statusCode).toBe(200);
    const withAction = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items/${itemId}/action-items`, {
      what: 'Compartir el mapa del delito',
      ownerAgencyId: w.agencies.invited,
      dueDate: '2027-01-31',
    });
    expect(withAction.statusCode).toBe(201);
    actionItemId = (withAction.json() as AgendaDto).items[0].actionItems[0].id;
    const published = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, {
      version: (await agenda()).version,
    });
    expect(published.statusCode).toBe(200);
  });

  describe.each(ALL)('%s', (who) => {
    const read = expected(who, ALL, 200, true);

    it('reads the agenda, its versions and diff exactly when it may see the meeting', async () => {
      expect((await call(w, who, 'GET', agendaUrl(m.id))).statusCode).toBe(read);
      for (const url of [
        `${agendaUrl(m.id)}/versions`,
        `${agendaUrl(m.id)}/versions/1`,
        `${agendaUrl(m.id)}/diff?from=1`,
      ]) {
        const res = await call(w, who, 'GET', url);
        expect({ url, status: res.statusCode }).toEqual({ url, status: expected(who, ALL, 200) });
        if (res.statusCode === 404) expect(res.body).not.toContain('Punto base');
      }
    });

    it('adds items (editors), proposes (invited leaders and staff), or is refused', async () => {
      const res = await call(w, who, 'POST', `${agendaUrl(m.id)}/items`, {
        kind: 'discussion',
        title: `Nuevo de ${who}`,
        plannedMinutes: 5,
      });
      const allowed: Who[] = [...EDITORS, 'invitedLeader', 'invitedStaff'];
      expect(res.statusCode).toBe(expected(who, allowed, 201));
      if (res.statusCode === 201) {
        const mine = [...(res.json() as AgendaDto).items, ...(res.json() as AgendaDto).proposals].find(
          (i) => i.title === `Nuevo de ${who}`,
        );
        expect(mine?.proposal.status).toBe(EDITORS.includes(who) ? 'accepted' : 'proposed');
      }
    });

    it('edits and moves items only as an editor', async () => {
      const item = (await agenda()).items.find((i) => i.id === itemId);
      const version = item?.version as number;
      const edit = await call(w, who, 'PATCH', `${agendaUrl(m.id)}/items/${itemId}`, {
        version,
        description: `por ${who}`,
      });
      expect(edit.statusCode).toBe(expected(who, EDITORS, 200));
      const now = (await agenda()).items.find((i) => i.id === itemId)?.version as number;
      const move = await call(w, who, 'POST', `${agendaUrl(m.id)}/items/${itemId}/move`, {
        version: now,
        parentId: null,
        position: 0,
      });
      expect(move.statusCode).toBe(expected(who, EDITORS, 200));
    });

    it('accepts, rejects and publishes only as convener, host leader or admin', async () => {
      const p1 = await addItem(w, m.id, { title: `Propuesta A ${who}` }, 'invitedStaff');
      const p2 = await addItem(w, m.id, { title: `Propuesta B ${who}` }, 'invitedStaff');
      const accept = await call(w, who, 'POST', `${agendaUrl(m.id)}/items/${p1.id}/accept`, {
        version: p1.version,
        parentId: null,
        position: 9,
      });
      expect(accept.statusCode).toBe(expected(who, DECIDERS, 200));
      const reject = await call(w, who, 'POST', `${agendaUrl(m.id)}/items/${p2.id}/reject`, {
        version: p2.version,
        reason: 'No corresponde',
      });
      expect(reject.statusCode).toBe(expected(who, DECIDERS, 200));
      await addItem(w, m.id, { title: `Cambio ${who}` });
      const publish = await call(w, who, 'POST', `${agendaUrl(m.id)}/publish`, { version: (await agenda()).version });
      expect(publish.statusCode).toBe(expected(who, DECIDERS, 200));
    });

    it('records minutes, decisions and action items only as convener, secretary or admin', async () => {
      const notes = (await agenda()).items.find((i) => i.id === itemId)?.minutes?.version ?? 0;
      const minutes = await call(w, who, 'PUT', `${agendaUrl(m.id)}/items/${itemId}/minutes`, {
        version: notes,
        notes: `Notas de ${who}`,
      });
      expect(minutes.statusCode).toBe(expected(who, RECORDERS, 200));
      const decision = await call(w, who, 'POST', `${agendaUrl(m.id)}/items/${itemId}/decisions`, {
        text: `Acuerdo de ${who}`,
      });
      expect(decision.statusCode).toBe(expected(who, RECORDERS, 201));
      const action = await call(w, who, 'POST', `${agendaUrl(m.id)}/items/${itemId}/action-items`, {
        what: `Tarea de ${who}`,
        ownerAgencyId: w.agencies.host,
        dueDate: '2027-02-15',
      });
      expect(action.statusCode).toBe(expected(who, RECORDERS, 201));
    });

    it("reads action items of visible meetings and updates one only for the owner agency's leaders and staff (or the convener)", async () => {
      const detail = await call(w, who, 'GET', `/api/action-items/${actionItemId}`);
      expect(detail.statusCode).toBe(expected(who, ALL, 200));
      const version = detail.statusCode === 200 ? (detail.json() as ActionItemDetailDto).version : 1;
      if (detail.statusCode === 200)
        expect((detail.json() as ActionItemDetailDto).canUpdate).toBe(OWNERS.includes(who));
      const update = await call(w, who, 'PATCH', `/api/action-items/${actionItemId}`, {
        version,
        comment: `Avance de ${who}`,
      });
      expect(update.statusCode).toBe(expected(who, OWNERS, 200));
      if (update.statusCode === 403) expect(update.json()).toMatchObject({ code: 'action_item.update_forbidden' });
      const list = await call(w, who, 'GET', `/api/action-items?meetingId=${m.id}`);
      expect(list.statusCode).toBe(who === 'anonymous' ? 401 : 200);
      if (list.statusCode === 200) {
        const listed = (list.json() as Page<ActionPlanItemDto>).items;
        expect(listed.map((a) => a.id).includes(actionItemId)).toBe(!HIDDEN[who]);
        // The list says who may update each item, as the PATCH above decided.
        const mine = listed.find((a) => a.id === actionItemId);
        if (mine) expect(mine.canUpdate).toBe(OWNERS.includes(who));
      }
    });
  });

  it('lets the anonymous public read only the published agenda of a public, scheduled meeting', async () => {
    const pub = await createMeeting(w, { visibility: 'public', title: 'Reunión pública con agenda' });
    const item = await addItem(w, pub.id, { title: 'Punto público' });
    expect((await call(w, 'anonymous', 'GET', agendaUrl(pub.id))).statusCode).toBe(404);
    await call(w, 'convener', 'POST', `/api/meetings/${pub.id}/status`, { status: 'scheduled', version: pub.version });
    const unpublished = await call(w, 'anonymous', 'GET', agendaUrl(pub.id));
    expect(unpublished.json()).toMatchObject({ code: 'agenda.not_published' });
    await call(w, 'convener', 'POST', `${agendaUrl(pub.id)}/publish`, {
      version: (await readAgenda(w, pub.id)).version,
    });
    await call(w, 'convener', 'PATCH', `${agendaUrl(pub.id)}/items/${item.id}`, {
      version: item.version,
      title: 'Borrador aún no publicado',
    });
    const seen = (await call(w, 'anonymous', 'GET', agendaUrl(pub.id))).json() as AgendaDto;
    expect(seen.items.map((i) => i.title)).toEqual(['Punto público']);
    expect(seen.items[0].minutes).toBeNull();
    expect(seen.can).toMatchObject({ edit: false, decide: false });
  });
});
