import { bearer, createTestUser, signInWithToken } from '../../test/identity-fixtures';
import { call, createMeeting, useMeetingWorld } from '../../test/meeting-world';

const instantMessage = (field: string) =>
  `${field} must be an ISO 8601 date-time with an offset between the years 2000 and 2100, e.g. 2026-12-05T09:00:00-05:00`;

/** 30 February used to be stored as 2 March; every date the API takes now refuses it. */
describe('dates that do not exist', () => {
  const w = useMeetingWorld();

  it('are refused naming the field when creating and editing a meeting, and listing meetings', async () => {
    const created = await call(w, 'convener', 'POST', '/api/meetings', {
      title: 'Mesa técnica',
      hostAgencyId: w.agencies.host,
      startsAt: '2027-02-30T10:00:00-05:00',
      endsAt: '2027-03-01T12:00:00-05:00',
    });
    expect(created.statusCode).toBe(400);
    expect(created.json()).toMatchObject({ field: 'startsAt', message: instantMessage('startsAt') });

    const meeting = await createMeeting(w);
    const edited = await call(w, 'convener', 'PATCH', `/api/meetings/${meeting.id}`, {
      version: meeting.version,
      startsAt: '2027-03-01T09:00:00-05:00',
      endsAt: '2027-04-31T12:00:00-05:00',
    });
    expect(edited.statusCode).toBe(400);
    expect(edited.json()).toMatchObject({ field: 'endsAt', message: instantMessage('endsAt') });

    const listed = await call(w, 'convener', 'GET', '/api/meetings?from=2027-02-29T00:00:00-05:00');
    expect(listed.statusCode).toBe(400);
    expect(listed.json()).toMatchObject({ field: 'from', message: instantMessage('from') });
  });

  it('are refused in a scheduling poll', async () => {
    const meeting = await createMeeting(w);
    const res = await call(w, 'convener', 'POST', `/api/meetings/${meeting.id}/poll`, {
      deadline: '2027-01-10T23:59:00-05:00',
      slots: [{ startsAt: '2027-02-30T09:00:00-05:00', endsAt: '2027-02-30T11:00:00-05:00' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      expect.objectContaining({ field: 'slots[0].startsAt', message: instantMessage('startsAt') }),
      expect.objectContaining({ field: 'slots[0].endsAt', message: instantMessage('endsAt') }),
    ]);
  });

  it('are refused in audit filters', async () => {
    const admin = bearer(
      (await signInWithToken(w.app, await createTestUser(w.app, { platformRoles: ['admin'] }))).accessToken,
    );
    for (const [query, field] of [
      ['from=2027-02-30', 'from'],
      ['to=2026-06-31T10:00:00Z', 'to'],
    ]) {
      const res = await w.app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: admin });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field, message: `${field} is not a valid date` });
    }
    expect((await w.app.inject({ method: 'GET', url: '/api/audit?from=2026-06-30', headers: admin })).statusCode).toBe(
      200,
    );
  });
});
