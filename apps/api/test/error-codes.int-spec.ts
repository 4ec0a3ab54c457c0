import { randomBytes } from 'node:crypto';
import type { AgencyDirectoryEntry, AgencyDto, ApiErrorBody, MeetingDto, Page } from '@cumbre/contracts';
import { AgenciesService } from '../src/agencies/agencies.service';
import { AuthHeaders, bearerFor, DEMO_ROLES } from './demo-sessions';
import { useTestApp } from './test-app';

const suffix = () => randomBytes(4).toString('hex');

/** The error contract: a registered `code`, the `field` at fault and the rule's `params`. */
describe('error codes', () => {
  const t = useTestApp();
  let admin: AuthHeaders;
  let piura: AgencyDirectoryEntry;

  const asAdmin = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: admin, ...(payload !== undefined ? { payload } : {}) });

  beforeAll(async () => {
    admin = await bearerFor(t.app, DEMO_ROLES.admin);
    const list = await asAdmin('GET', '/api/agencies?q=PE-PIU');
    piura = (list.json() as Page<AgencyDirectoryEntry>).items[0];
  });

  const createAgency = async (): Promise<AgencyDto> => {
    const s = suffix();
    const res = await asAdmin('POST', '/api/agencies', {
      name: `Agencia códigos ${s}`,
      shortName: `AC ${s}`,
      kind: 'local',
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  };

  const createMeeting = async (): Promise<MeetingDto> => {
    const res = await asAdmin('POST', '/api/meetings', {
      title: `Reunión códigos ${suffix()}`,
      hostAgencyId: piura.id,
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  };

  it('a too-long field: validation.failed with one field error carrying params.max', async () => {
    const res = await asAdmin('POST', '/api/agencies', {
      name: 'x'.repeat(201),
      shortName: `AC ${suffix()}`,
      kind: 'local',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as ApiErrorBody;
    expect(body).toMatchObject({ statusCode: 400, code: 'validation.failed', field: 'name' });
    expect(body.fields).toEqual([
      { field: 'name', code: 'validation.too_long', params: { max: 200 }, message: expect.stringContaining('name') },
    ]);
    expect(body.message).toBe(body.fields?.[0].message);
  });

  it('an unknown field and a value outside the list: one entry each', async () => {
    const res = await asAdmin('POST', '/api/agencies', {
      name: `Agencia ${suffix()}`,
      shortName: `AC ${suffix()}`,
      kind: 'planet',
      colour: 'red',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as ApiErrorBody;
    expect(body.code).toBe('validation.failed');
    expect(body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'colour', code: 'validation.unknown_field' }),
        expect.objectContaining({
          field: 'kind',
          code: 'validation.not_in_list',
          params: { allowed: ['national', 'regional', 'local', 'police', 'prosecutor', 'other'] },
        }),
      ]),
    );
  });

  it('nested fields are named with their index: slots[0].startsAt', async () => {
    const meeting = await createMeeting();
    const res = await asAdmin('POST', `/api/meetings/${meeting.id}/poll`, {
      deadline: '2099-01-01T00:00:00Z',
      slots: [{ startsAt: 'tomorrow', endsAt: '2099-01-02T10:00:00Z' }],
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ApiErrorBody).fields).toEqual([
      expect.objectContaining({ field: 'slots[0].startsAt', code: 'validation.not_date' }),
    ]);
  });

  it('a stale version: the same code and shape for an agency and a meeting', async () => {
    const agency = await createAgency();
    const meeting = await createMeeting();
    const staleAgency = await asAdmin('PATCH', `/api/agencies/${agency.id}`, {
      version: agency.version + 5,
      kind: 'regional',
    });
    const staleMeeting = await asAdmin('PATCH', `/api/meetings/${meeting.id}`, {
      version: meeting.version + 5,
      title: 'Otra',
    });
    for (const [res, resource, current] of [
      [staleAgency, 'agency', agency.version],
      [staleMeeting, 'meeting', meeting.version],
    ] as const) {
      expect(res.statusCode).toBe(409);
      const body = res.json() as ApiErrorBody;
      expect(body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        code: 'common.stale_version',
        params: { resource, sentVersion: current + 5, currentVersion: current },
      });
      expect(Object.keys(body).sort()).toEqual(['code', 'error', 'message', 'params', 'requestId', 'statusCode']);
    }
  });

  it('a status move not allowed: from, to and the allowed moves', async () => {
    const meeting = await createMeeting();
    const res = await asAdmin('POST', `/api/meetings/${meeting.id}/status`, {
      status: 'concluded',
      version: meeting.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'meeting.status_move_not_allowed',
      field: 'status',
      params: { from: 'draft', to: 'concluded', allowed: ['scheduled', 'cancelled'] },
    });
  });

  it('not found: the resource code, and common.not_found for an unknown route', async () => {
    const missing = await asAdmin('GET', '/api/meetings/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'meeting.not_found' });
    const route = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(route.json()).toMatchObject({ statusCode: 404, code: 'common.not_found' });
  });

  it('a path id that is not a UUID names the parameter', async () => {
    const res = await asAdmin('GET', '/api/agencies/nope');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation.not_uuid', field: 'id' });
  });

  it('anything unexpected: 500 common.internal, without detail', async () => {
    const spy = jest
      .spyOn(t.app.get(AgenciesService), 'get')
      .mockRejectedValueOnce(new Error('secret detail at /srv/app/agencies.service.ts:42'));
    try {
      const res = await asAdmin('GET', `/api/agencies/${piura.id}`);
      expect(res.statusCode).toBe(500);
      const body = res.json() as ApiErrorBody;
      expect(body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'common.internal',
        message: 'Internal server error',
        requestId: res.headers['x-request-id'],
      });
    } finally {
      spy.mockRestore();
    }
  });
});
