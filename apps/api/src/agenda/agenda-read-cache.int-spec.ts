// The signed-in agenda read keeps each agenda's items and outcomes in memory between changes
// (AgendaQueries.itemsAndOutcomes, issue #12): every change shows at the next read, who may read
// the meeting and which proposals is still decided per request, and a repeated read issues
// fewer statements than the first.
import type { AgendaDto } from '@cumbre/contracts';
import { addItem, agendaUrl, readAgenda } from '../../test/agenda-world';
import { call, createMeeting, invite, schedule, useMeetingWorld } from '../../test/meeting-world';
import { statementsOf } from '../../test/statement-count';
import { AgendaQueries } from './agenda-queries.service';

describe('agenda read: items kept between changes', () => {
  const w = useMeetingWorld();
  let meetingId: string;
  let itemId: string;
  const stats = () => ({ ...w.app.get(AgendaQueries).itemsCacheStats });
  const titles = (a: AgendaDto) => a.items.map((i) => i.title);
  const proposals = (a: AgendaDto) => a.proposals.map((i) => i.title);

  beforeAll(async () => {
    const m = await createMeeting(w, { title: 'Reunión con agenda en memoria' });
    await invite(w, m.id, [w.agencies.invited, w.agencies.other]);
    await schedule(w, (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json());
    meetingId = m.id;
    itemId = (await addItem(w, meetingId, { title: 'Punto uno' })).id;
  });

  it('answers a repeated read from memory, with fewer statements and the same body', async () => {
    // A change of the meeting (its version is in the stamp): the next read reads everything.
    const meeting = (await call(w, 'convener', 'GET', `/api/meetings/${meetingId}`)).json() as { version: number };
    const touched = await call(w, 'convener', 'PATCH', `/api/meetings/${meetingId}`, {
      description: 'Orden del día en memoria',
      version: meeting.version,
    });
    expect(touched.statusCode).toBe(200);
    const missesBefore = stats().misses;
    const first = await statementsOf(() => call(w, 'invitedStaff', 'GET', agendaUrl(meetingId)));
    expect(stats().misses).toBe(missesBefore + 1);
    const before = stats();
    const second = await statementsOf(() => call(w, 'invitedStaff', 'GET', agendaUrl(meetingId)));
    expect(second.result.statusCode).toBe(200);
    expect(stats().hits).toBe(before.hits + 1);
    expect(second.result.json()).toEqual(first.result.json());
    // The items, outcomes and names are not read again: the session, the meeting and the agenda row are.
    expect(second.statements.length).toBeLessThan(first.statements.length);
    expect(second.statements.some((s) => /FROM agenda_item i/.test(s))).toBe(false);
    // Two round trips in all: the caller's session, and the meeting's facts with the agenda row.
    expect(second.statements).toHaveLength(2);
    expect(second.statements[1]).toMatch(/FROM meeting m LEFT JOIN LATERAL \(SELECT a\.id AS a_id/);
  });

  it('shows every kind of change at the next read: items, minutes, decisions, action items, the meeting', async () => {
    await readAgenda(w, meetingId, 'invitedStaff');
    await addItem(w, meetingId, { title: 'Punto dos' });
    expect(titles(await readAgenda(w, meetingId, 'invitedStaff'))).toEqual(['Punto uno', 'Punto dos']);

    const minutes = await call(w, 'convener', 'PUT', `${agendaUrl(meetingId)}/items/${itemId}/minutes`, {
      version: 0,
      notes: 'Se discutió el plan',
    });
    expect(minutes.statusCode).toBe(200);
    const decision = await call(w, 'convener', 'POST', `${agendaUrl(meetingId)}/items/${itemId}/decisions`, {
      text: 'Se aprueba el plan',
    });
    expect(decision.statusCode).toBe(201);
    const action = await call(w, 'convener', 'POST', `${agendaUrl(meetingId)}/items/${itemId}/action-items`, {
      what: 'Enviar el informe',
      ownerAgencyId: w.agencies.invited,
      dueDate: '2027-02-15',
    });
    expect(action.statusCode).toBe(201);
    let item = (await readAgenda(w, meetingId, 'invitedStaff')).items.find((i) => i.id === itemId);
    expect(item?.minutes?.notes).toBe('Se discutió el plan');
    expect(item?.decisions.map((d) => d.text)).toEqual(['Se aprueba el plan']);
    expect(item?.actionItems.map((a) => [a.what, a.meetingTitle])).toEqual([
      ['Enviar el informe', 'Reunión con agenda en memoria'],
    ]);

    // The meeting's own change (its title shows in action items) is in the stamp too.
    const meeting = (await call(w, 'convener', 'GET', `/api/meetings/${meetingId}`)).json() as { version: number };
    const renamed = await call(w, 'convener', 'PATCH', `/api/meetings/${meetingId}`, {
      title: 'Reunión renombrada',
      version: meeting.version,
    });
    expect(renamed.statusCode).toBe(200);
    item = (await readAgenda(w, meetingId, 'invitedStaff')).items.find((i) => i.id === itemId);
    expect(item?.actionItems.map((a) => a.meetingTitle)).toEqual(['Reunión renombrada']);
  });

  it('shows a proposal to its own agency and the editors only, though memory holds every item', async () => {
    const res = await call(w, 'otherStaff', 'POST', `${agendaUrl(meetingId)}/items`, {
      kind: 'discussion',
      title: 'Propuesta de la otra entidad',
      plannedMinutes: 10,
    });
    expect(res.statusCode).toBe(201);
    // Read by the editor first, so that memory holds the proposal when the others read.
    expect(proposals(await readAgenda(w, meetingId, 'convener'))).toEqual(['Propuesta de la otra entidad']);
    const before = stats();
    expect(proposals(await readAgenda(w, meetingId, 'otherLeader'))).toEqual(['Propuesta de la otra entidad']);
    expect(proposals(await readAgenda(w, meetingId, 'invitedStaff'))).toEqual([]);
    expect(stats().hits).toBe(before.hits + 2);
  });

  it('answers each reader the very text a write answers them, writing the shared items once per change', async () => {
    // The editor's write answers with the agenda through getAgenda (an object Fastify writes);
    // the GET sends agendaJson's text with the shared items spliced in: equal to the byte.
    const written = await call(w, 'convener', 'POST', `${agendaUrl(meetingId)}/items`, {
      kind: 'discussion',
      title: 'Punto escrito una vez',
      plannedMinutes: 15,
    });
    expect(written.statusCode).toBe(201);
    const before = stats();
    const read = await call(w, 'convener', 'GET', agendaUrl(meetingId));
    expect(read.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(read.body).toBe(written.body);
    // A proposer sees their own proposal, the others do not; every text still equals the DTO's.
    const proposed = await call(w, 'otherStaff', 'POST', `${agendaUrl(meetingId)}/items`, {
      kind: 'discussion',
      title: 'Otra propuesta de la otra entidad',
      plannedMinutes: 5,
    });
    expect(proposed.statusCode).toBe(201);
    const afterProposal = stats();
    expect((await call(w, 'otherStaff', 'GET', agendaUrl(meetingId))).body).toBe(proposed.body);
    const texts = await Promise.all(
      (['convener', 'otherLeader', 'invitedStaff'] as const).map(
        async (who) => (await call(w, who, 'GET', agendaUrl(meetingId))).body,
      ),
    );
    const [forEditor, forProposer, forOther] = texts.map((t) => JSON.parse(t) as AgendaDto);
    expect(proposals(forEditor)).toContain('Otra propuesta de la otra entidad');
    expect(proposals(forProposer)).toContain('Otra propuesta de la otra entidad');
    expect(proposals(forOther)).toEqual([]);
    expect(forOther.items).toEqual(forEditor.items);
    expect(forOther.can.edit).toBe(false);
    expect(forEditor.can.edit).toBe(true);
    // Counted: the editor's GET wrote the JSON of the plan their write had built; the proposal (a
    // change) built one plan more, and the four GETs after it wrote its JSON once, whoever read.
    expect([afterProposal.plans - before.plans, afterProposal.planJson - before.planJson]).toEqual([1, 1]);
    expect([stats().plans - afterProposal.plans, stats().planJson - afterProposal.planJson]).toEqual([0, 1]);
  });

  it('refuses a reader whose agency is no longer invited, though memory holds the agenda', async () => {
    expect((await call(w, 'invitedStaff', 'GET', agendaUrl(meetingId))).statusCode).toBe(200);
    const withdrawn = await call(
      w,
      'hostLeader',
      'DELETE',
      `/api/meetings/${meetingId}/invitations/${w.agencies.invited}`,
    );
    expect(withdrawn.statusCode).toBe(200);
    const res = await call(w, 'invitedStaff', 'GET', agendaUrl(meetingId));
    expect([res.statusCode, (res.json() as { code: string }).code]).toEqual([404, 'meeting.not_found']);
    expect((await call(w, 'otherStaff', 'GET', agendaUrl(meetingId))).statusCode).toBe(200);
  });
});
