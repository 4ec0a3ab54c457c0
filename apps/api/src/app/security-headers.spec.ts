import helmet from 'helmet';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { helmetHeaders } from './security-headers';

describe('helmetHeaders: what helmet does to a response, recorded once', () => {
  const options: Parameters<typeof helmet>[0] = {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { 'default-src': ["'self'"], 'frame-ancestors': ["'none'"] },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
  };

  it('holds the headers helmet itself sets on a real response, and what it removes', () => {
    const req = new IncomingMessage(new Socket());
    const res = new ServerResponse(req);
    res.setHeader('X-Powered-By', 'something');
    let done = false;
    helmet(options)(req, res, () => (done = true));
    expect(done).toBe(true);

    const recorded = helmetHeaders(options);
    const replayed = new ServerResponse(req);
    replayed.setHeader('X-Powered-By', 'something');
    for (const [name, value] of recorded.set) replayed.setHeader(name, value);
    for (const name of recorded.removed) replayed.removeHeader(name);
    expect(replayed.getHeaders()).toEqual(res.getHeaders());
    expect(res.getHeader('content-security-policy')).toBe("default-src 'self';frame-ancestors 'none'");
    expect(res.getHeader('x-powered-by')).toBeUndefined();
  });
});
