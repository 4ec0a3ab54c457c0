import { useTestApp } from '../../test/test-app';

describe('health', () => {
  const t = useTestApp();

  it('answers liveness without a database round trip', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('reports the database in readiness and echoes a request id', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/health/ready',
      headers: { 'x-request-id': 'req-abcdef-123' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().info.database.status).toBe('up');
    expect(res.headers['x-request-id']).toBe('req-abcdef-123');
  });

  it('makes a request id when the caller sends none or a malformed one', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health/live', headers: { 'x-request-id': 'bad id!' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
