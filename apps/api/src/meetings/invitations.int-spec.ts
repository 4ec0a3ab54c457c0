import type { MeetingDto } from '@cumbre/contracts';
import { unique } from '../../test/identity-fixtures';
import {
  accept,
  call,
  createMeeting,
  useMeetingWorld,
  futureDay,
  invite,
  limaTime,
  Persona,
  schedule,
} from '../../test/meeting-world';

describe('invitations, answers and the notifications they cause', () => {
  const w = useMeetingWorld();

  const notified = async (meetingId: string, kind: string): Promise<string[]> =>
    (
      await w.db.query('SELECT user_id FROM notification WHERE meeting_id = $1 AND kind = $2 ORDER BY user_id', [
        meetingId,
        kind,
      ])
    ).map((r: { user_id: string }) => r.user_id);
  const ids = (...who: Persona[]) => who.map((p) => w.users[p].id).sort();

  describe('POST /api/meetings/:id/invitations', () => {
    it('invites agencies as pending, tells their leaders and staff in-app and by e-mail with the .ics, and audits', async () => {
      const m = await createMeeting(w);
      const after = await invite(w, m.id);
      expect(after.invitations.map((i) => [i.agency.id, i.rsvp, i.delegates])).toEqual(
        expect.arrayContaining([
          [w.agencies.invited, 'pending', []],
          [w.agencies.other, 'pending', []],
        ]),
      );
      // Staff answer for their agency, so they are told too; the analyst is not.
      expect(await notified(m.id, 'meeting.invited')).toEqual(
        ids('invitedLeader', 'invitedStaff', 'otherLeader', 'otherStaff'),
      );
      const mails = await w.db.query(
        `SELECT to_address, subject, status, attachments FROM email_outbox WHERE meeting_id = $1 AND kind = 'meeting.invited' ORDER BY to_address`,
        [m.id],
      );
      expect(mails.map((r: { to_address: string }) => r.to_address).sort()).toEqual(
        [w.users.invitedLeader, w.users.invitedStaff, w.users.otherLeader, w.users.otherStaff]
          .map((u) => u.email)
          .sort(),
      );
      expect(mails[0].subject).toBe(`Invitación: ${m.title}`);
      expect(mails[0].attachments[0]).toMatchObject({
        filename: 'reunion.ics',
        contentType: 'text/calendar; charset=utf-8; method=REQUEST',
      });
      expect(mails[0].attachments[0].content).toContain('METHOD:REQUEST');
      expect(mails[0].attachments[0].content).toContain(`UID:${m.id}@cumbre`);
      const audit = await w.db.query(
        `SELECT details FROM audit_event WHERE action = 'meeting.invited' AND object_id = $1`,
        [m.id],
      );
      expect(audit[0].details.agencyIds.sort()).toEqual([w.agencies.invited, w.agencies.other].sort());
    });

    it('keeps existing invitations when an agency is invited again, and tells nobody twice', async () => {
      const m = await createMeeting(w);
      await invite(w, m.id, [w.agencies.invited]);
      await accept(w, m.id, 'invitedStaff');
      const again = await invite(w, m.id, [w.agencies.invited, w.agencies.other]);
      expect(again.invitations.find((i) => i.agency.id === w.agencies.invited)?.rsvp).toBe('accepted');
      expect(await notified(m.id, 'meeting.invited')).toEqual(
        ids('invitedLeader', 'invitedStaff', 'otherLeader', 'otherStaff'),
      );
    });

    it('invites every agency of a sharing group at once', async () => {
      const [group] = await w.db.query(`INSERT INTO sharing_group (name, version) VALUES ($1, 1) RETURNING id`, [
        unique('Grupo'),
      ]);
      await w.db.query(
        `INSERT INTO sharing_group_member (sharing_group_id, organization_id) VALUES ($1, $2), ($1, $3)`,
        [group.id, w.agencies.invited, w.agencies.other],
      );
      const m = await createMeeting(w);
      const res = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/invitations`, { sharingGroupId: group.id });
      expect(res.statusCode).toBe(200);
      expect((res.json() as MeetingDto).invitations.map((i) => i.agency.id).sort()).toEqual(
        [w.agencies.invited, w.agencies.other].sort(),
      );
    });

    it.each([
      ['nothing to invite', {}, 'agencyIds or sharingGroupId'],
      ['an empty list', { agencyIds: [] }, 'agencyIds or sharingGroupId'],
      [
        'an unknown agency',
        { agencyIds: ['00000000-0000-4000-8000-00000000abcd'] },
        '00000000-0000-4000-8000-00000000abcd',
      ],
      ['an unknown sharing group', { sharingGroupId: '00000000-0000-4000-8000-00000000abcd' }, 'sharingGroupId'],
      ['a malformed id', { agencyIds: ['tumbes'] }, 'agencyIds'],
      [
        'a repeated id',
        { agencyIds: ['00000000-0000-4000-8000-00000000abcd', '00000000-0000-4000-8000-00000000abcd'] },
        'agencyIds',
      ],
    ])('answers 400 for %s', async (_label, body, text) => {
      const m = await createMeeting(w);
      const res = await call(w, 'convener', 'POST', `/api/meetings/${m.id}/invitations`, body);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(text);
    });

    it('refuses to invite to a cancelled meeting', async () => {
      const m = await createMeeting(w);
      await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
        status: 'cancelled',
        reason: 'x',
        version: 1,
      });
      expect(
        (await call(w, 'convener', 'POST', `/api/meetings/${m.id}/invitations`, { agencyIds: [w.agencies.invited] }))
          .statusCode,
      ).toBe(409);
    });
  });

  describe('DELETE /api/meetings/:id/invitations/:agencyId', () => {
    it('withdraws an invitation, after which the agency no longer sees an internal meeting', async () => {
      const m = await createMeeting(w);
      await invite(w, m.id, [w.agencies.invited]);
      expect((await call(w, 'invitedLeader', 'GET', `/api/meetings/${m.id}`)).statusCode).toBe(200);
      const res = await call(w, 'hostLeader', 'DELETE', `/api/meetings/${m.id}/invitations/${w.agencies.invited}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().invitations).toEqual([]);
      expect((await call(w, 'invitedLeader', 'GET', `/api/meetings/${m.id}`)).statusCode).toBe(404);
      const again = await call(w, 'hostLeader', 'DELETE', `/api/meetings/${m.id}/invitations/${w.agencies.invited}`);
      expect(again.statusCode).toBe(404);
      expect(again.json().message).toContain('is not invited');
      expect((await call(w, 'hostLeader', 'DELETE', `/api/meetings/${m.id}/invitations/nope`)).statusCode).toBe(400);
      expect(
        (await call(w, 'invitedLeader', 'DELETE', `/api/meetings/${m.id}/invitations/${w.agencies.invited}`))
          .statusCode,
      ).toBe(404);
    });
  });

  describe('POST /api/meetings/:id/rsvp', () => {
    let m: MeetingDto;
    beforeAll(async () => {
      m = await createMeeting(w, { visibility: 'public' });
      await invite(w, m.id);
      m = await schedule(w, (await call(w, 'convener', 'GET', `/api/meetings/${m.id}`)).json());
    });

    it('records the answer, the note and the delegates, who must be members of that agency', async () => {
      const res = await call(w, 'invitedStaff', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.invited,
        rsvp: 'accepted',
        note: '  Asistiremos con dos personas  ',
        delegateUserIds: [w.users.invitedLeader.id, w.users.invitedAnalyst.id],
      });
      expect(res.statusCode).toBe(200);
      const inv = (res.json() as MeetingDto).invitations.find((i) => i.agency.id === w.agencies.invited);
      expect(inv).toMatchObject({
        rsvp: 'accepted',
        note: 'Asistiremos con dos personas',
        respondedBy: { id: w.users.invitedStaff.id, displayName: 'Personal Invitada' },
        delegates: [
          { id: w.users.invitedAnalyst.id, displayName: 'Analista Invitada' },
          { id: w.users.invitedLeader.id, displayName: 'Líder Invitada' },
        ],
      });
      expect(inv?.respondedAt).not.toBeNull();
      const mine = (await call(w, 'invitedAnalyst', 'GET', `/api/meetings?limit=100`))
        .json()
        .items.find((x: { id: string }) => x.id === m.id);
      expect(mine.myRsvp).toBe('accepted');
    });

    it('answers 400 naming a delegate who is not a member of the agency', async () => {
      const res = await call(w, 'invitedLeader', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.invited,
        rsvp: 'accepted',
        delegateUserIds: [w.users.invitedLeader.id, w.users.otherLeader.id],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toBe(
        `delegateUserIds: user ${w.users.otherLeader.id} is not a member of agency ${w.agencies.invited}`,
      );
    });

    it('refuses answering for another agency (403) and for an agency that is not invited (404)', async () => {
      const other = await call(w, 'invitedLeader', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.other,
        rsvp: 'declined',
      });
      expect(other.statusCode).toBe(403);
      expect(other.json().message).toContain('you may answer only for an agency where you are leader or staff');
      const analyst = await call(w, 'invitedAnalyst', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.invited,
        rsvp: 'declined',
      });
      expect(analyst.statusCode).toBe(403);
      // The meeting is public, so the outsider sees it; their agency is simply not invited.
      const outsider = await call(w, 'outsider', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.uninvited,
        rsvp: 'accepted',
      });
      expect(outsider.statusCode).toBe(404);
      expect(outsider.json().message).toBe(`agency ${w.agencies.uninvited} is not invited to this meeting`);
    });

    it.each([
      [{ rsvp: 'pending' }, 'rsvp'],
      [{ rsvp: 'maybe' }, 'rsvp'],
      [{ note: 'x'.repeat(1001) }, 'note'],
      [{ delegateUserIds: ['x'] }, 'delegateUserIds'],
      [{ agencyId: 'piura' }, 'agencyId'],
    ])('answers 400 for %j', async (patch, field) => {
      const res = await call(w, 'invitedLeader', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.invited,
        rsvp: 'accepted',
        ...patch,
      });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().message)).toContain(field);
    });

    it('clears the delegates when the agency declines', async () => {
      const res = await call(w, 'otherStaff', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.other,
        rsvp: 'accepted',
        delegateUserIds: [w.users.otherStaff.id],
      });
      expect(
        res.json().invitations.find((i: { agency: { id: string } }) => i.agency.id === w.agencies.other).delegates,
      ).toHaveLength(1);
      const declined = await call(w, 'otherLeader', 'POST', `/api/meetings/${m.id}/rsvp`, {
        agencyId: w.agencies.other,
        rsvp: 'declined',
      });
      expect(
        declined.json().invitations.find((i: { agency: { id: string } }) => i.agency.id === w.agencies.other),
      ).toMatchObject({
        rsvp: 'declined',
        delegates: [],
        note: null,
      });
    });
  });

  describe('notifications of changes', () => {
    it('tells leaders, staff and delegates of a new time or place (saying what it was) and of a cancellation, never the one making the change', async () => {
      let m = await createMeeting(w);
      await invite(w, m.id);
      const delegates = [w.users.invitedAnalyst.id, w.users.invitedStaff.id];
      m = await schedule(w, await accept(w, m.id, 'invitedStaff', delegates));
      // Scheduling a draft tells everyone the date is fixed.
      expect(await notified(m.id, 'meeting.changed')).toEqual(
        ids('invitedLeader', 'invitedAnalyst', 'invitedStaff', 'otherLeader', 'otherStaff'),
      );

      const day = futureDay();
      const moved = await call(w, 'hostLeader', 'PATCH', `/api/meetings/${m.id}`, {
        startsAt: limaTime(day, '10:00'),
        endsAt: limaTime(day, '12:00'),
        version: m.version,
      });
      expect(moved.statusCode).toBe(200);
      const changed = await w.db.query(
        `SELECT user_id, title, body, params FROM notification WHERE meeting_id = $1 AND kind = 'meeting.changed'`,
        [m.id],
      );
      expect(changed).toHaveLength(10);
      const movedParams = {
        meetingTitle: m.title,
        startsAt: new Date(limaTime(day, '10:00')).toISOString(),
        endsAt: new Date(limaTime(day, '12:00')).toISOString(),
        timeZone: 'America/Lima',
        place: 'Sala de prueba, Av. Prueba 123, Piura',
        changed: 'time',
        previousStartsAt: m.startsAt,
        previousEndsAt: m.endsAt,
        previousTimeZone: 'America/Lima',
      };
      // The five rows of the move carry the new time and the old one; the other five are from scheduling the draft.
      const ofMove = (changed as { body: string; params: Record<string, string | null> }[]).filter(
        (n) => n.params.startsAt === movedParams.startsAt,
      );
      expect(ofMove.map((n) => n.params)).toEqual(Array(5).fill(movedParams));
      // A different day: the text names both dates, in the meeting's zone.
      expect(ofMove[0].body).toContain('la fecha cambió de ');
      expect(ofMove[0].body).toContain('10:00–12:00 hora de Lima (UTC\u22125)');

      // The same day, one hour later: "la hora cambió de 10:00–12:00 a 11:00–13:00".
      const later = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        startsAt: limaTime(day, '11:00'),
        endsAt: limaTime(day, '13:00'),
        venue: { name: 'Sala B' },
        version: moved.json().version,
      });
      expect(later.statusCode).toBe(200);
      const [hour] = await w.db.query(
        `SELECT body, params FROM notification WHERE meeting_id = $1 AND kind = 'meeting.changed' AND user_id = $2 ORDER BY created_at DESC LIMIT 1`,
        [m.id, w.users.invitedLeader.id],
      );
      expect(hour.body).toContain('la hora cambió de 10:00–12:00 a 11:00–13:00');
      expect(hour.body).toContain(
        'el lugar cambió de «Sala de prueba, Av. Prueba 123, Piura» a «Sala B, Av. Prueba 123, Piura»',
      );
      expect(hour.params).toMatchObject({
        changed: 'time,place',
        previousPlace: 'Sala de prueba, Av. Prueba 123, Piura',
      });
      const [changeMail] = await w.db.query(
        `SELECT text_body FROM email_outbox WHERE meeting_id = $1 AND kind = 'meeting.changed' AND to_address = $2 ORDER BY created_at DESC LIMIT 1`,
        [m.id, w.users.invitedLeader.email],
      );
      expect(changeMail.text_body).toContain('la hora cambió de 10:00–12:00 a 11:00–13:00');

      // Only the title: no notification.
      const retitled = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        title: 'Otro título',
        version: later.json().version,
      });
      expect((await notified(m.id, 'meeting.changed')).length).toBe(15);

      const cancel = await call(w, 'invitedLeader', 'POST', `/api/meetings/${m.id}/status`, {
        status: 'cancelled',
        reason: 'x',
        version: retitled.json().version,
      });
      expect(cancel.statusCode).toBe(403);
      await call(w, 'convener', 'POST', `/api/meetings/${m.id}/status`, {
        status: 'cancelled',
        reason: 'Paro de transportistas',
        version: retitled.json().version,
      });
      expect(await notified(m.id, 'meeting.cancelled')).toEqual(
        ids('invitedLeader', 'invitedAnalyst', 'invitedStaff', 'otherLeader', 'otherStaff'),
      );
      const mail = await w.db.query(
        `SELECT text_body, attachments FROM email_outbox WHERE meeting_id = $1 AND kind = 'meeting.cancelled' LIMIT 1`,
        [m.id],
      );
      expect(mail[0].text_body).toContain('Motivo: Paro de transportistas');
      const cancelled = await w.db.query(
        `SELECT DISTINCT params FROM notification WHERE meeting_id = $1 AND kind = 'meeting.cancelled'`,
        [m.id],
      );
      expect(cancelled.map((n: { params: unknown }) => n.params)).toEqual([
        { meetingTitle: 'Otro título', reason: 'Paro de transportistas' },
      ]);
      expect(mail[0].attachments[0].content).toContain('STATUS:CANCELLED');
      expect(mail[0].attachments[0].content).toContain('METHOD:CANCEL');
    });

    it('writes nothing when the change is refused', async () => {
      const m = await schedule(w, await createMeeting(w));
      await invite(w, m.id, [w.agencies.invited]);
      const before = await w.db.query(`SELECT count(*)::int AS n FROM email_outbox WHERE meeting_id = $1`, [m.id]);
      const stale = await call(w, 'convener', 'PATCH', `/api/meetings/${m.id}`, {
        venue: { name: 'Otra sala' },
        version: 1,
      });
      expect(stale.statusCode).toBe(409);
      const after = await w.db.query(`SELECT count(*)::int AS n FROM email_outbox WHERE meeting_id = $1`, [m.id]);
      expect(after[0].n).toBe(before[0].n);
    });
  });
});
