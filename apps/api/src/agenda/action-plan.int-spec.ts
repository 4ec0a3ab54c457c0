import type {
  ActionItemDetailDto,
  ActionItemDto,
  AgendaDto,
  MeetingDto,
  NotificationDto,
  Page,
} from '@cumbre/contracts';
import { addItem, agendaUrl, readAgenda } from '../../test/agenda-world';
import { call, createMeeting, useMeetingWorld, invite, type Persona } from '../../test/meeting-world';
import { testNow } from '../../test/test-clock';

// Minutes, decisions and action items: what the secretary records, what the owner agency
// updates, the action plan across meetings with its filters and CSV, and publishing the minutes.

describe('minutes and the action plan', () => {
  const w = useMeetingWorld();
  let m: MeetingDto;
  let itemId: string;

  const day = (offsetDays: number) => new Date(testNow().getTime() + offsetDays * 86400_000).toISOString().slice(0, 10);
  const addAction = (body: Record<string, unknown>, who: 'convener' | 'hostStaff' = 'convener') =>
    call(w, who, 'POST', `${agendaUrl(m.id)}/items/${itemId}/action-items`, body);

  beforeAll(async () => {
    m = await createMeeting(w, { title: 'Cumbre de prueba: extorsión y sicariato' });
    await invite(w, m.id);
    itemId = (await addItem(w, m.id, { title: 'Plan conjunto contra la extorsión', kind: 'decision' })).id;
  });

  it('records notes, decisions with endorsing agencies, and action items on an item', async () => {
    const notes = await call(w, 'convener', 'PUT', `${agendaUrl(m.id)}/items/${itemId}/minutes`, {
      version: 0,
      notes: '**Acuerdo** de compartir información en 48 horas; la Región Policial coordina.',
    });
    expect(notes.statusCode).toBe(200);
    const stale = await call(w, 'convener', 'PUT', `${agendaUrl(m.id)}/items/${itemId}/minutes`, {
      version: 0,
      notes: 'pisaría',
    });
    expect(stale.json()).toMatchObject({
      code: 'common.stale_version',
      params: { resource: 'agenda item minutes', currentVersion: 1 },
    });
    const decision = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items/${itemId}/decisions`, {
      text: 'Crear una mesa técnica regional contra la extorsión',
      endorsedAgencyIds: [w.agencies.host, w.agencies.invited],
    });
    expect(decision.statusCode).toBe(201);
    const outsider = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items/${itemId}/decisions`, {
      text: 'Respaldada por una ajena',
      endorsedAgencyIds: [w.agencies.uninvited],
    });
    expect(outsider.json()).toMatchObject({ code: 'decision.endorser_not_participant', field: 'endorsedAgencyIds' });
    const action = await addAction({
      what: 'Instalar la mesa técnica de Piura',
      ownerAgencyId: w.agencies.invited,
      ownerUserId: w.users.invitedStaff.id,
      dueDate: day(30),
    });
    expect(action.statusCode).toBe(201);
    const item = (action.json() as AgendaDto).items.find((i) => i.id === itemId);
    expect(item?.minutes?.notes).toContain('48 horas');
    expect(item?.decisions[0].endorsedBy.map((a) => a.id).sort()).toEqual([w.agencies.host, w.agencies.invited].sort());
    expect(item?.actionItems[0]).toMatchObject({
      what: 'Instalar la mesa técnica de Piura',
      status: 'open',
      owner: { id: w.users.invitedStaff.id },
    });
  });

  it('refuses bad action items with their own codes', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { what: 'X', ownerAgencyId: w.agencies.invited, dueDate: '2150-01-01' },
        'dueDate',
        'action_item.due_date_out_of_range',
      ],
      [{ what: 'X', ownerAgencyId: w.agencies.invited, dueDate: '2027-02-30' }, 'dueDate', 'validation.not_date'],
      [
        { what: 'X', ownerAgencyId: w.agencies.uninvited, dueDate: day(10) },
        'ownerAgencyId',
        'action_item.owner_not_participant',
      ],
      [
        { what: 'X', ownerAgencyId: w.agencies.invited, ownerUserId: w.users.otherStaff.id, dueDate: day(10) },
        'ownerUserId',
        'action_item.owner_not_member',
      ],
    ];
    for (const [body, field, code] of cases) {
      const res = await addAction(body);
      expect(res.statusCode).toBe(400);
      const json = res.json() as { code: string; field: string; fields?: { code: string }[] };
      expect({ field: json.field, code: json.fields?.[0]?.code ?? json.code }).toEqual({ field, code });
    }
  });

  it("lets the owner agency move its item's status, keeping the history, and refuses another agency", async () => {
    const created = (
      await addAction({ what: 'Enviar el reporte de sicariato', ownerAgencyId: w.agencies.invited, dueDate: day(20) })
    ).json() as AgendaDto;
    const action = created.items
      .find((i) => i.id === itemId)
      ?.actionItems.find((a) => a.what === 'Enviar el reporte de sicariato') as ActionItemDto;
    const foreign = await call(w, 'otherLeader', 'PATCH', `/api/action-items/${action.id}`, {
      version: action.version,
      status: 'done',
    });
    // `other` is invited too: it sees the item but may not mark another agency's item done.
    expect(foreign.json()).toMatchObject({ statusCode: 403, code: 'action_item.update_forbidden' });
    const host = await call(w, 'hostLeader', 'PATCH', `/api/action-items/${action.id}`, {
      version: action.version,
      status: 'done',
    });
    expect(host.json()).toMatchObject({ code: 'action_item.update_forbidden' });
    const started = await call(w, 'invitedStaff', 'PATCH', `/api/action-items/${action.id}`, {
      version: action.version,
      status: 'in_progress',
    });
    expect(started.statusCode).toBe(200);
    const stale = await call(w, 'invitedLeader', 'PATCH', `/api/action-items/${action.id}`, {
      version: action.version,
      status: 'done',
    });
    expect(stale.json()).toMatchObject({ code: 'common.stale_version', params: { resource: 'action item' } });
    const done = await call(w, 'invitedLeader', 'PATCH', `/api/action-items/${action.id}`, {
      version: action.version + 1,
      status: 'done',
      comment: 'Enviado al Ministerio del Interior.',
    });
    const detail = done.json() as ActionItemDetailDto;
    expect(detail.status).toBe('done');
    expect(detail.history.map((e) => [e.kind, e.fromStatus, e.toStatus, e.comment])).toEqual([
      ['created', null, 'open', null],
      ['status', 'open', 'in_progress', null],
      ['status', 'in_progress', 'done', 'Enviado al Ministerio del Interior.'],
    ]);
    const empty = await call(w, 'invitedLeader', 'PATCH', `/api/action-items/${action.id}`, {
      version: detail.version,
    });
    expect(empty.json()).toMatchObject({ code: 'action_item.nothing_to_change' });
  });

  it('lists the action plan with filters and an overdue flag, and exports it as CSV with a BOM and accents', async () => {
    await addAction({ what: 'Informe atrasado de Tumbes', ownerAgencyId: w.agencies.other, dueDate: day(-3) });
    const all = (
      await call(w, 'invitedStaff', 'GET', `/api/action-items?meetingId=${m.id}&limit=100`)
    ).json() as Page<ActionItemDto>;
    expect(all.items.map((a) => a.dueDate)).toEqual([...all.items.map((a) => a.dueDate)].sort());
    const late = all.items.find((a) => a.what === 'Informe atrasado de Tumbes');
    expect(late).toMatchObject({ overdue: true, meetingTitle: 'Cumbre de prueba: extorsión y sicariato' });
    const overdue = (
      await call(w, 'invitedStaff', 'GET', `/api/action-items?meetingId=${m.id}&overdue=true`)
    ).json() as Page<ActionItemDto>;
    expect(overdue.items.map((a) => a.what)).toEqual(['Informe atrasado de Tumbes']);
    const mine = (
      await call(w, 'invitedStaff', 'GET', `/api/action-items?ownerAgencyId=${w.agencies.invited}&status=done`)
    ).json() as Page<ActionItemDto>;
    expect(mine.items.map((a) => a.what)).toEqual(['Enviar el reporte de sicariato']);
    const window = (
      await call(
        w,
        'invitedStaff',
        'GET',
        `/api/action-items?meetingId=${m.id}&dueAfter=${day(15)}&dueBefore=${day(25)}`,
      )
    ).json() as Page<ActionItemDto>;
    expect(window.items.map((a) => a.what)).toEqual(['Enviar el reporte de sicariato']);
    const bad = await call(w, 'invitedStaff', 'GET', '/api/action-items?dueBefore=2150-01-01');
    expect(bad.statusCode).toBe(400);

    const csv = await call(w, 'invitedStaff', 'GET', `/api/action-items.csv?meetingId=${m.id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = csv.rawPayload.toString('utf8');
    expect(text).toContain('Reunión,Punto de agenda,Acción,Institución responsable');
    expect(text).toContain('Cumbre de prueba: extorsión y sicariato');
    expect(text).toContain('Informe atrasado de Tumbes');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + all.total);
  });

  it('publishes the minutes of a concluded meeting, then keeps them read-only', async () => {
    const early = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/minutes/publish`);
    expect(early.json()).toMatchObject({ code: 'agenda.minutes_need_concluded_meeting', params: { status: 'draft' } });
    let meeting = (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json() as MeetingDto;
    for (const status of ['scheduled', 'in_progress', 'concluded']) {
      const res = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
        status,
        version: meeting.version,
      });
      expect(res.statusCode).toBe(200);
      meeting = res.json();
    }
    expect((await call(w, 'hostStaff', 'POST', `${agendaUrl(m.id)}/minutes/publish`)).json()).toMatchObject({
      code: 'agenda.minutes_forbidden',
    });
    expect((await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/minutes/publish`)).statusCode).toBe(200);

    // The leaders of the host and of each invited agency are told, with what the minutes record.
    const recorded = await readAgenda(w, m.id);
    const decisions = recorded.items.reduce((n, i) => n + i.decisions.length, 0);
    const actionItems = recorded.items.reduce((n, i) => n + i.actionItems.length, 0);
    expect(decisions).toBeGreaterThan(0);
    const told = async (who: Persona) =>
      ((await call(w, who, 'GET', '/api/notifications')).json() as { items: NotificationDto[] }).items.filter(
        (n) => n.meetingId === m.id && n.kind === 'minutes.published',
      );
    for (const leader of ['hostLeader', 'invitedLeader', 'otherLeader'] as const) {
      expect((await told(leader)).map((n) => n.params)).toEqual([
        { meetingTitle: m.title, decisions: String(decisions), actionItems: String(actionItems) },
      ]);
    }
    for (const notTold of ['convener', 'invitedStaff', 'outsider'] as const) expect(await told(notTold)).toEqual([]);
    const mails = await w.db.query(
      `SELECT count(*)::int AS n FROM email_outbox WHERE meeting_id = $1 AND kind = 'minutes.published'`,
      [m.id],
    );
    expect(mails[0].n).toBe(3);

    const after = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items/${itemId}/decisions`, { text: 'Tarde' });
    expect(after.json()).toMatchObject({ code: 'agenda.minutes_published' });
    const agenda = await readAgenda(w, m.id, 'invitedAnalyst');
    expect(agenda.minutesPublishedAt).not.toBeNull();
  });
});
