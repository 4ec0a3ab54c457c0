import type { AgendaDiffDto, AgendaDto, AgendaVersionDto, AgendaVersionSummaryDto } from '@cumbre/contracts';
import { addItem, agendaUrl, outline, publishAgenda, readAgenda } from '../../test/agenda-world';
import { call, createMeeting, useMeetingWorld, invite } from '../../test/meeting-world';

// Drafting rules: planned times, the tree's shape, proposals, concurrent edits, publishing,
// versions and their diff. Access per persona is in agenda-access.int-spec.ts.

describe('agenda drafting', () => {
  const w = useMeetingWorld();

  async function newMeeting(from = '09:00', to = '11:00') {
    const m = await createMeeting(w, { from, to });
    await invite(w, m.id);
    return m;
  }

  it('plans start times from the meeting start, the order and the durations, and flags an overrun', async () => {
    const m = await newMeeting('09:00', '10:00');
    await addItem(w, m.id, { title: 'Apertura', kind: 'information', plannedMinutes: 10 });
    const section = await addItem(w, m.id, { title: 'Exposiciones regionales', kind: 'section', plannedMinutes: 5 });
    await addItem(w, m.id, { title: 'Piura', kind: 'presentation', plannedMinutes: 20, parentId: section.id });
    await addItem(w, m.id, { title: 'Tumbes', kind: 'presentation', plannedMinutes: 20, parentId: section.id });
    await addItem(w, m.id, { title: 'Clausura', kind: 'information', plannedMinutes: 15 });
    const agenda = await readAgenda(w, m.id, 'invitedAnalyst');
    expect(outline(agenda)).toEqual(['Apertura', 'Exposiciones regionales', '  Piura', '  Tumbes', 'Clausura']);
    const start = (title: string) => agenda.items.find((i) => i.title === title)?.plannedStart;
    const base = new Date(m.startsAt as string).getTime();
    expect(start('Apertura')).toBe(new Date(base).toISOString());
    expect(start('Piura')).toBe(new Date(base + 10 * 60_000).toISOString());
    expect(start('Tumbes')).toBe(new Date(base + 30 * 60_000).toISOString());
    expect(start('Clausura')).toBe(new Date(base + 50 * 60_000).toISOString());
    expect(agenda.items.find((i) => i.title === 'Exposiciones regionales')?.durationMinutes).toBe(40);
    expect(agenda).toMatchObject({ totalMinutes: 65, overrunMinutes: 5, timeZone: 'America/Lima' });
  });

  it('moves an item in one request, renumbering every sibling that shifts', async () => {
    const m = await newMeeting();
    const a = await addItem(w, m.id, { title: 'A' });
    const sec = await addItem(w, m.id, { title: 'S', kind: 'section' });
    await addItem(w, m.id, { title: 'S1', parentId: sec.id });
    await addItem(w, m.id, { title: 'B' });
    const res = await call(w, 'hostStaff', 'POST', `${agendaUrl(m.id)}/items/${a.id}/move`, {
      version: a.version,
      parentId: sec.id,
      position: 0,
    });
    expect(res.statusCode).toBe(200);
    expect(outline(res.json())).toEqual(['S', '  A', '  S1', 'B']);
    expect((res.json() as AgendaDto).items.map((i) => i.position)).toEqual([0, 0, 1, 1]);
  });

  it('refuses each bad place with its own code and writes nothing', async () => {
    const m = await newMeeting();
    const other = await newMeeting();
    const foreign = await addItem(w, other.id, { title: 'Ajeno' });
    const sec = await addItem(w, m.id, { title: 'Sección', kind: 'section' });
    const child = await addItem(w, m.id, { title: 'Hijo', parentId: sec.id });
    const top = await addItem(w, m.id, { title: 'Suelto' });
    const before = outline(await readAgenda(w, m.id));
    const move = (id: string, version: number, parentId: string | null) =>
      call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items/${id}/move`, { version, parentId, position: 0 });
    const cases: [Promise<{ statusCode: number; json(): unknown }>, number, string][] = [
      [move(top.id, top.version, foreign.id), 400, 'agenda.foreign_parent'],
      [move(sec.id, sec.version, top.id), 400, 'agenda.section_not_top_level'],
      [move(top.id, top.version, child.id), 400, 'agenda.too_deep'],
      [move(top.id, top.version, top.id), 400, 'agenda.move_cycle'],
      [move(foreign.id, foreign.version, null), 404, 'agenda.item_not_found'],
      [
        call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items`, {
          kind: 'discussion',
          title: 'Tercer nivel',
          plannedMinutes: 5,
          parentId: child.id,
        }),
        400,
        'agenda.too_deep',
      ],
    ];
    for (const [pending, status, code] of cases) {
      const res = await pending;
      expect({ status: res.statusCode, code: (res.json() as { code: string }).code }).toEqual({ status, code });
    }
    for (const minutes of [-5, 0, 1441, 100000]) {
      const res = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items`, {
        kind: 'discussion',
        title: 'Mal',
        plannedMinutes: minutes,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        field: 'plannedMinutes',
        fields: [{ code: 'agenda.duration_out_of_range', params: { min: 1, max: 1440 } }],
      });
    }
    expect(outline(await readAgenda(w, m.id))).toEqual(before);
  });

  it('lets an invited agency propose, shows the proposal to it and the host, and places it on acceptance', async () => {
    const m = await newMeeting();
    await addItem(w, m.id, { title: 'Apertura' });
    await addItem(w, m.id, { title: 'Clausura' });
    const proposal = await addItem(w, m.id, { title: 'Propuesta invitada', parentId: null }, 'invitedStaff');
    expect(proposal.proposal).toMatchObject({ status: 'proposed', proposedByAgency: { id: w.agencies.invited } });
    expect(proposal.position).toBeNull();
    expect((await readAgenda(w, m.id, 'otherStaff')).proposals).toEqual([]);
    expect((await readAgenda(w, m.id, 'invitedAnalyst')).proposals.map((p) => p.title)).toEqual(['Propuesta invitada']);
    // Only the convener (or host leader, admin) decides; host staff edits but does not decide.
    const byStaff = await call(w, 'hostStaff', 'POST', `${agendaUrl(m.id)}/items/${proposal.id}/accept`, {
      version: 1,
      parentId: null,
      position: 1,
    });
    expect(byStaff.json()).toMatchObject({ code: 'agenda.decide_forbidden' });
    const accepted = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items/${proposal.id}/accept`, {
      version: 1,
      parentId: null,
      position: 1,
    });
    expect(accepted.statusCode).toBe(200);
    expect(outline(accepted.json())).toEqual(['Apertura', 'Propuesta invitada', 'Clausura']);
    const again = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items/${proposal.id}/reject`, {
      version: 2,
      reason: 'x',
    });
    expect(again.json()).toMatchObject({ code: 'agenda.not_a_proposal' });
  });

  it('shows a rejection reason to the proposing agency', async () => {
    const m = await newMeeting();
    const proposal = await addItem(w, m.id, { title: 'Punto rechazado' }, 'invitedLeader');
    const res = await call(w, 'hostLeader', 'POST', `${agendaUrl(m.id)}/items/${proposal.id}/reject`, {
      version: proposal.version,
      reason: 'Se trata en la sesión del 12 de diciembre.',
    });
    expect(res.statusCode).toBe(200);
    const seen = (await readAgenda(w, m.id, 'invitedStaff')).proposals[0];
    expect(seen.proposal).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Se trata en la sesión del 12 de diciembre.',
    });
  });

  it('refuses proposals from analysts, uninvited agencies and agencies the caller does not belong to', async () => {
    const m = await createMeeting(w, { visibility: 'public' });
    await invite(w, m.id, [w.agencies.invited]);
    await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, { status: 'scheduled', version: m.version });
    for (const who of ['invitedAnalyst', 'outsider', 'otherLeader'] as const) {
      const res = await call(w, who, 'POST', `${agendaUrl(m.id)}/items`, {
        kind: 'discussion',
        title: 'Intrusa',
        plannedMinutes: 10,
      });
      expect({ who, status: res.statusCode, code: res.json().code }).toEqual({
        who,
        status: 403,
        code: 'agenda.propose_forbidden',
      });
    }
    const named = await call(w, 'invitedStaff', 'POST', `${agendaUrl(m.id)}/items`, {
      kind: 'discussion',
      title: 'Por otra',
      plannedMinutes: 10,
      proposeForAgencyId: w.agencies.other,
    });
    expect(named.json()).toMatchObject({ code: 'agenda.propose_forbidden', field: 'proposeForAgencyId' });
  });

  it('gives exactly one of two concurrent edits of an item the stale-version error, and loses neither', async () => {
    const m = await newMeeting();
    const item = await addItem(w, m.id, { title: 'Inteligencia compartida', plannedMinutes: 30 });
    const url = `${agendaUrl(m.id)}/items/${item.id}`;
    const [first, second] = await Promise.all([
      call(w, 'convener', 'PATCH', url, { version: item.version, title: 'Intercambio de inteligencia' }),
      call(w, 'hostStaff', 'PATCH', url, { version: item.version, plannedMinutes: 45 }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json()).toMatchObject({
      code: 'common.stale_version',
      params: { resource: 'agenda item', sentVersion: item.version, currentVersion: item.version + 1 },
    });
    // The loser re-applies its change on the current version: both edits stand.
    const retry =
      loser === first
        ? { version: item.version + 1, title: 'Intercambio de inteligencia' }
        : { version: item.version + 1, plannedMinutes: 45 };
    expect((await call(w, loser === first ? 'convener' : 'hostStaff', 'PATCH', url, retry)).statusCode).toBe(200);
    const now = (await readAgenda(w, m.id)).items.find((i) => i.id === item.id);
    expect(now).toMatchObject({ title: 'Intercambio de inteligencia', plannedMinutes: 45, version: item.version + 2 });
  });

  it('publishes frozen numbered versions, starts a new draft on the next edit, and diffs versions', async () => {
    const m = await newMeeting();
    const a = await addItem(w, m.id, { title: 'Apertura', plannedMinutes: 10 });
    const b = await addItem(w, m.id, { title: 'Plan conjunto', plannedMinutes: 30 });
    const c = await addItem(w, m.id, { title: 'Clausura', plannedMinutes: 10 });
    let agenda = await readAgenda(w, m.id);
    const stale = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, { version: agenda.version - 1 });
    expect(stale.json()).toMatchObject({ code: 'common.stale_version', params: { resource: 'agenda' } });
    const byStaff = await call(w, 'hostStaff', 'POST', `${agendaUrl(m.id)}/publish`, { version: agenda.version });
    expect(byStaff.json()).toMatchObject({ code: 'agenda.decide_forbidden' });
    const published = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, { version: agenda.version });
    expect(published.statusCode).toBe(200);
    agenda = published.json();
    expect(agenda).toMatchObject({ status: 'published', publishedVersion: 1, nextVersion: 2 });
    const twice = await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, { version: agenda.version });
    expect(twice.json()).toMatchObject({ code: 'agenda.nothing_to_publish' });

    // Editing after publishing starts draft 2; version 1 stays exactly as published.
    await call(w, 'convener', 'PATCH', `${agendaUrl(m.id)}/items/${b.id}`, {
      version: b.version,
      plannedMinutes: 45,
      title: 'Plan de acción conjunto',
    });
    await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/items/${c.id}/move`, {
      version: c.version,
      parentId: null,
      position: 0,
    });
    await call(w, 'convener', 'DELETE', `${agendaUrl(m.id)}/items/${a.id}?version=${a.version}`);
    await addItem(w, m.id, { title: 'Intercambio de inteligencia', plannedMinutes: 20 });
    agenda = await readAgenda(w, m.id);
    expect(agenda).toMatchObject({ status: 'draft', publishedVersion: 1, nextVersion: 2 });
    const v1 = (await call(w, 'invitedAnalyst', 'GET', `${agendaUrl(m.id)}/versions/1`)).json() as AgendaVersionDto;
    expect(v1.items.map((i) => [i.title, i.plannedMinutes])).toEqual([
      ['Apertura', 10],
      ['Plan conjunto', 30],
      ['Clausura', 10],
    ]);
    await expect(
      w.db.query(
        `UPDATE agenda_version SET number = 99 WHERE number = 1 AND agenda_id = (SELECT id FROM agenda WHERE meeting_id = $1)`,
        [m.id],
      ),
    ).rejects.toThrow(/immutable/);

    expect(
      (await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, { version: agenda.version })).statusCode,
    ).toBe(200);
    const versions = (
      await call(w, 'invitedStaff', 'GET', `${agendaUrl(m.id)}/versions`)
    ).json() as AgendaVersionSummaryDto[];
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    const diff = (await call(w, 'invitedStaff', 'GET', `${agendaUrl(m.id)}/diff?from=1&to=2`)).json() as AgendaDiffDto;
    expect(diff.added.map((x) => x.title)).toEqual(['Intercambio de inteligencia']);
    expect(diff.removed.map((x) => x.title)).toEqual(['Apertura']);
    expect(diff.moved.map((x) => x.title)).toEqual(['Clausura']);
    expect(diff.edited).toEqual([{ id: b.id, title: 'Plan de acción conjunto', fields: ['title'] }]);
    expect(diff.retimed.map((x) => x.title).sort()).toEqual(['Clausura', 'Plan de acción conjunto']);
    const same = await call(w, 'invitedStaff', 'GET', `${agendaUrl(m.id)}/diff?from=2&to=2`);
    expect(same.json()).toMatchObject({ code: 'agenda.diff_same_version', field: 'to' });
    expect((await call(w, 'invitedStaff', 'GET', `${agendaUrl(m.id)}/versions/7`)).json()).toMatchObject({
      code: 'agenda.version_not_found',
    });
  });

  it('times each version from the meeting start it froze: moving the meeting retimes, in the diff, what did not move', async () => {
    const m = await newMeeting('09:00', '11:00');
    const a = await addItem(w, m.id, { title: 'Apertura', plannedMinutes: 10 });
    const b = await addItem(w, m.id, { title: 'Plan conjunto', plannedMinutes: 30 });
    let agenda = await readAgenda(w, m.id);
    expect(
      (await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, { version: agenda.version })).statusCode,
    ).toBe(200);

    // The meeting moves one hour later, with the same day; the items keep their order and minutes.
    const day = (m.startsAt as string).slice(0, 10);
    const current = (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json();
    const moved = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
      startsAt: `${day}T10:00:00-05:00`,
      endsAt: `${day}T12:00:00-05:00`,
      version: current.version,
    });
    expect(moved.statusCode).toBe(200);
    const at = (hhmm: string) => new Date(`${day}T${hhmm}:00-05:00`).toISOString();

    // Version 1 keeps the times it was published with.
    const v1 = (await call(w, 'invitedAnalyst', 'GET', `${agendaUrl(m.id)}/versions/1`)).json() as AgendaVersionDto;
    expect(v1.items.map((i) => i.plannedStart)).toEqual([at('09:00'), at('09:10')]);

    // Against the live draft (today's start), both items are retimed by the hour.
    const live = (await call(w, 'invitedStaff', 'GET', `${agendaUrl(m.id)}/diff?from=1`)).json() as AgendaDiffDto;
    expect(live.retimed).toEqual([
      {
        id: a.id,
        title: 'Apertura',
        from: { offsetMinutes: 0, durationMinutes: 10, plannedStart: at('09:00') },
        to: { offsetMinutes: 0, durationMinutes: 10, plannedStart: at('10:00') },
      },
      {
        id: b.id,
        title: 'Plan conjunto',
        from: { offsetMinutes: 10, durationMinutes: 30, plannedStart: at('09:10') },
        to: { offsetMinutes: 10, durationMinutes: 30, plannedStart: at('10:10') },
      },
    ]);

    // Version 2 (one item added at the end) against version 1: each from its own snapshot.
    await addItem(w, m.id, { title: 'Clausura', plannedMinutes: 10 });
    agenda = await readAgenda(w, m.id);
    expect(
      (await call(w, 'convener', 'POST', `${agendaUrl(m.id)}/publish`, { version: agenda.version })).statusCode,
    ).toBe(200);
    const diff = (await call(w, 'invitedStaff', 'GET', `${agendaUrl(m.id)}/diff?from=1&to=2`)).json() as AgendaDiffDto;
    expect(diff.added.map((x) => x.title)).toEqual(['Clausura']);
    expect(diff.retimed.map((x) => [x.title, x.from.plannedStart, x.to.plannedStart])).toEqual([
      ['Apertura', at('09:00'), at('10:00')],
      ['Plan conjunto', at('09:10'), at('10:10')],
    ]);
    // Version 2 against the draft: the meeting has not moved since, so nothing is retimed.
    const since = (await call(w, 'invitedStaff', 'GET', `${agendaUrl(m.id)}/diff?from=2`)).json() as AgendaDiffDto;
    expect(since.retimed).toEqual([]);
  });

  it('notifies the invited agencies when the agenda is published', async () => {
    const m = await newMeeting();
    await addItem(w, m.id, { title: 'Único punto' });
    await publishAgenda(w, m.id);
    const bell = await call(w, 'invitedLeader', 'GET', '/api/notifications');
    const kinds = (
      bell.json() as { items: { kind: string; meetingId: string; params: Record<string, string> }[] }
    ).items
      .filter((n) => n.meetingId === m.id)
      .map((n) => [n.kind, n.params['version'] ?? null]);
    expect(kinds).toContainEqual(['agenda.published', '1']);
    const outbox = await w.db.query(
      `SELECT count(*)::int AS n FROM email_outbox WHERE meeting_id = $1 AND kind = 'agenda.published'`,
      [m.id],
    );
    expect(outbox[0].n).toBe(2);
  });

  it('freezes the agenda of a cancelled meeting', async () => {
    const m = await newMeeting();
    const item = await addItem(w, m.id, { title: 'Punto' });
    const meeting = (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json();
    await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
      status: 'cancelled',
      version: meeting.version,
      reason: 'Fuerza mayor',
    });
    const res = await call(w, 'convener', 'PATCH', `${agendaUrl(m.id)}/items/${item.id}`, {
      version: item.version,
      title: 'Otro',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'agenda.frozen', params: { status: 'cancelled' } });
  });
});
