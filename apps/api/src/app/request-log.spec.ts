import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { createRootLogger, registerRequestLog } from './request-log';

/** A Fastify app with the request log, its lines kept in `lines`. */
async function appLogging(level: string) {
  const lines: Record<string, unknown>[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const app = Fastify({ genReqId: () => 'req-1' });
  registerRequestLog(app, createRootLogger(level, out));
  app.post('/api/public/announcements/:slug/comments', async (_req, reply) => reply.code(201).send({ id: 'c' }));
  app.get('/api/health/live', async () => ({ status: 'ok' }));
  await app.ready();
  return { app, lines };
}

describe('the request log', () => {
  it('writes one line per request: its id, method, path, address, status and time, and none of its headers', async () => {
    const { app, lines } = await appLogging('info');
    await app.inject({
      method: 'POST',
      url: '/api/public/announcements/a/comments',
      remoteAddress: '10.0.0.7',
      headers: { authorization: 'Bearer secret-token', cookie: 'cumbre_at=secret', 'user-agent': 'x' },
      payload: { text: 'hola' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      reqId: 'req-1',
      req: { id: 'req-1', method: 'POST', url: '/api/public/announcements/a/comments', remoteAddress: '10.0.0.7' },
      res: { statusCode: 201 },
    });
    expect(typeof lines[0]['responseTime']).toBe('number');
    expect(JSON.stringify(lines[0])).not.toMatch(/secret|user-agent|hola/);
    await app.close();
  });

  it('leaves out the health probes, and writes nothing below info', async () => {
    const info = await appLogging('info');
    await info.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(info.lines).toHaveLength(0);
    await info.app.close();

    const warn = await appLogging('warn');
    await warn.app.inject({ method: 'POST', url: '/api/public/announcements/a/comments', payload: {} });
    expect(warn.lines).toHaveLength(0);
    await warn.app.close();
  });
});
