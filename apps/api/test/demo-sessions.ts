import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEMO_PASSWORD } from '../src/demo/demo-data';

export type AuthHeaders = Record<string, string>;

/**
 * Signs a seeded demo account in through the real `POST /api/auth/token` and returns the
 * bearer header for `app.inject()`. Tokens are cached per application.
 */
export async function bearerFor(
  app: NestFastifyApplication,
  email: string,
  password = DEMO_PASSWORD,
): Promise<AuthHeaders> {
  let cache = tokens.get(app);
  if (!cache) tokens.set(app, (cache = new Map()));
  const cached = cache.get(email);
  if (cached) return { authorization: `Bearer ${cached}` };
  const res = await app.inject({ method: 'POST', url: '/api/auth/token', payload: { email, password } });
  if (res.statusCode !== 200 && res.statusCode !== 201) {
    throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  }
  const token = (res.json() as { accessToken: string }).accessToken;
  cache.set(email, token);
  return { authorization: `Bearer ${token}` };
}

const tokens = new WeakMap<NestFastifyApplication, Map<string, string>>();

/** One demo account of each kind, for walking a route through every role. */
export const DEMO_ROLES = {
  admin: 'admin@cumbre.demo',
  moderator: 'moderador@cumbre.demo',
  leader: 'presidencia.piura@cumbre.demo',
  staff: 'staff.piura@cumbre.demo',
  analyst: 'analista.lalibertad@cumbre.demo',
} as const;
export type DemoRole = keyof typeof DEMO_ROLES;
