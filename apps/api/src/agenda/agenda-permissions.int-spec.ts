import type { AgendaDto, AgendaPermissions, MeetingDto, MeetingStatus } from '@cumbre/contracts';
import { addItem, agendaUrl, readAgenda } from '../../test/agenda-world';
import { call, createMeeting, invite, type Persona, useMeetingWorld } from '../../test/meeting-world';

// What the agenda's answer says the caller may do (`can`) is what the API then lets them do:
// narrowed by role (agenda-access.int-spec tries each route per persona) and, here, by the
// meeting's status and the minutes' state.

describe('agenda permissions follow the meeting and its minutes', () => {
  const w = useMeetingWorld();

  async function meetingIn(statuses: MeetingStatus[], title: string): Promise<{ m: MeetingDto; itemId: string }> {
    let m = await createMeeting(w, { title });
    await invite(w, m.id, [w.agencies.invited]);
    const itemId = (await addItem(w, m.id, { title: 'Punto' })).id;
    m = (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json() as MeetingDto;
    for (const status of statuses) {
      const res = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
        status,
        version: m.version,
        ...(status === 'cancelled' ? { reason: 'Fuerza mayor' } : {}),
      });
      expect(res.statusCode).toBe(200);
      m = res.json() as MeetingDto;
    }
    return { m, itemId };
  }

  const can = async (meetingId: string, who: Persona): Promise<AgendaPermissions> =>
    (await readAgenda(w, meetingId, who)).can;

  const secretary = async (meetingId: string, userId: string | null) =>
    call(w, 'convener', 'PUT', `${agendaUrl(meetingId)}/secretary`, {
      version: (await readAgenda(w, meetingId)).version,
      userId,
    });

  it('while the meeting is open: every change its role allows', async () => {
    const { m } = await meetingIn(['scheduled'], 'Abierta');
    expect(await can(m.id, 'convener')).toEqual({
      edit: true,
      proposeFor: [],
      decide: true,
      publish: true,
      recordMinutes: true,
      nameSecretary: true,
      linkNotes: true,
    });
    expect(await can(m.id, 'invitedStaff')).toEqual({
      edit: false,
      proposeFor: [w.agencies.invited],
      decide: false,
      publish: false,
      recordMinutes: false,
      nameSecretary: false,
      linkNotes: false,
    });
  });

  it('once concluded: no edit, proposal, decision or version; minutes and their secretary until published', async () => {
    const { m, itemId } = await meetingIn(['scheduled', 'in_progress', 'concluded'], 'Concluida');
    expect(await can(m.id, 'convener')).toEqual({
      edit: false,
      proposeFor: [],
      decide: false,
      publish: false,
      recordMinutes: true,
      nameSecretary: true,
      linkNotes: true,
    });
    expect((await can(m.id, 'invitedStaff')).proposeFor).toEqual([]);
    expect((await can(m.id, 'hostStaff')).edit).toBe(false);

    // What the answer withholds, the API refuses; what it offers, the API does.
    const item = (await readAgenda(w, m.id)).items.find((i) => i.id === itemId) as AgendaDto['items'][number];
    const edit = await call(w, 'convener', 'PATCH', `${agendaUrl(m.id)}/items/${itemId}`, {
      version: item.version,
      title: 'Otro',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'agenda.frozen', params: { status: 'concluded' } });
    const propose = await call(w, 'invitedStaff', 'POST', `${agendaUrl(m.id)}/items`, {
      kind: 'discussion',
      title: 'Tarde',
      plannedMinutes: 5,
    });
    expect(propose.json()).toMatchObject({ code: 'agenda.frozen' });
    const named = await secretary(m.id, w.users.hostStaff.id);
    expect(named.statusCode).toBe(200);
    const decision = await call(w, 'hostStaff', 'POST', `${agendaUrl(m.id)}/items/${itemId}/decisions`, {
      text: 'Se acordó una mesa técnica',
    });
    expect(decision.statusCode).toBe(201);
    expect((await can(m.id, 'hostStaff')).recordMinutes).toBe(true);

    expect((await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/minutes/publish`)).statusCode).toBe(200);
    expect(await can(m.id, 'convener')).toMatchObject({ recordMinutes: false, nameSecretary: false, linkNotes: true });
    expect((await can(m.id, 'hostStaff')).recordMinutes).toBe(false);
    const late = await secretary(m.id, null);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'agenda.minutes_published' });
    expect((await readAgenda(w, m.id)).secretary?.id).toBe(w.users.hostStaff.id);
  });

  it('once cancelled: nothing changes, and there are no minutes to record', async () => {
    const { m } = await meetingIn(['cancelled'], 'Cancelada');
    expect(await can(m.id, 'convener')).toEqual({
      edit: false,
      proposeFor: [],
      decide: false,
      publish: false,
      recordMinutes: false,
      nameSecretary: false,
      linkNotes: true,
    });
    const named = await secretary(m.id, w.users.hostStaff.id);
    expect(named.statusCode).toBe(409);
    expect(named.json()).toMatchObject({ code: 'agenda.frozen', params: { status: 'cancelled' } });
  });
});
