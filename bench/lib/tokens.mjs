// Access tokens for the seeded sessions, signed like Cumbre's TokenService (HS256, iss, aud,
// 15 minutes): minted just before each scenario so that none expires during a long run.
import jwt from 'jsonwebtoken';

export function accessToken(secret, { id, sessionId }) {
  return jwt.sign({ sub: id, sid: sessionId }, secret, {
    algorithm: 'HS256',
    issuer: process.env.JWT_ISSUER ?? 'cumbre',
    audience: process.env.JWT_AUDIENCE ?? 'cumbre-api',
    expiresIn: Number(process.env.ACCESS_TOKEN_TTL_SECONDS ?? 900),
  });
}
