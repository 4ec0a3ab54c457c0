import { Writable } from 'node:stream';
import pino from 'pino';
import { requestForLog } from './request-log';

describe('requestForLog', () => {
  it('keeps the id, method, path and address of a request, and none of its headers', () => {
    const lines: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ serializers: { req: requestForLog } }, out);
    const req = {
      id: 'req-1',
      method: 'POST',
      url: '/api/public/announcements/a/comments',
      remoteAddress: '10.0.0.7',
      headers: { authorization: 'Bearer secret-token', cookie: 'cumbre_at=secret', 'user-agent': 'x' },
    };
    logger.child({ req: requestForLog(req) }).warn('something happened');
    const line = JSON.parse(lines[0]) as { req: unknown; msg: string };
    expect(line.req).toEqual({
      id: 'req-1',
      method: 'POST',
      url: '/api/public/announcements/a/comments',
      remoteAddress: '10.0.0.7',
    });
    expect(lines[0]).not.toMatch(/secret|user-agent/);
  });
});
