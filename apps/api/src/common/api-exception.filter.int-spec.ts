import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { postRawJson, useTestApp } from '../../test/test-app';

/** Every error a client can cause answers with one body shape, carrying the request id. */
describe('error bodies', () => {
  const t = useTestApp();

  const expectShape = (res: Awaited<ReturnType<NestFastifyApplication['inject']>>, status: number) => {
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.anything() });
    expect(body.requestId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(body)).not.toMatch(/at .+\.(js|ts):\d+/); // no stack trace
    return body;
  };

  it('an unknown API path: 404', async () => {
    expectShape(await t.app.inject({ method: 'GET', url: '/api/no-such-thing' }), 404);
  });

  // Found by the fuzz test: Fastify refused these before routing with a body of its own
  // (code FST_ERR_BAD_URL, not in the registry, and the path echoed back).
  it.each(['/api/meetings/%zz', '/api/meetings/%ED%A0%80/poll', '/api/users/%'])(
    'a path whose percent-encoding does not decode (%s): 400 with a registered code',
    async (url) => {
      const body = expectShape(await t.app.inject({ method: 'GET', url }), 400);
      expect(body.code).toBe('common.bad_request');
      expect(body.message).not.toContain('%');
    },
  );

  it('a validation failure: 400 naming the field', async () => {
    const body = expectShape(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/token',
        payload: { email: 'x@cumbre.test', password: 'y', extra: 1 },
      }),
      400,
    );
    expect(JSON.stringify(body.message)).toContain('extra');
  });

  it('malformed JSON: 400', async () => {
    expectShape(await postRawJson(t.app, '/api/auth/token', {}, '{"email": '), 400);
  });

  it('not signed in: 401', async () => {
    expectShape(await t.app.inject({ method: 'GET', url: '/api/auth/me' }), 401);
  });
});
