import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** HttpOnly cookie naming a browser that signed in successfully before. */
export const DEVICE_COOKIE = 'cumbre_dev';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 86400;

const hashDeviceToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Browsers that signed in to an account before. Such a browser is not locked out by failures
 * from elsewhere (see SignInThrottle). Only the SHA-256 of the cookie is stored.
 */
@Injectable()
export class SignInDevices {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The device id when the cookie belongs to the account named by `email`, else null. */
  async resolve(token: string | undefined, email: string): Promise<string | null> {
    if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT d.id FROM sign_in_device d JOIN app_user u ON u.id = d.user_id
        WHERE d.token_hash = $1 AND u.email = $2`,
      [hashDeviceToken(token), email],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * After a successful sign-in: keeps the presented device cookie when it is the user's already,
   * or returns a new token to set.
   */
  async remember(userId: string, presented: string | undefined, manager: EntityManager): Promise<string | null> {
    if (presented) {
      const touched: unknown[] = await manager.query(
        `SELECT id FROM sign_in_device WHERE token_hash = $1 AND user_id = $2`,
        [hashDeviceToken(presented), userId],
      );
      if (touched.length > 0) {
        await manager.query(`UPDATE sign_in_device SET last_used_at = clock_timestamp() WHERE token_hash = $1`, [
          hashDeviceToken(presented),
        ]);
        return null;
      }
    }
    const token = randomBytes(32).toString('base64url');
    await manager.query(`INSERT INTO sign_in_device (user_id, token_hash) VALUES ($1, $2)`, [
      userId,
      hashDeviceToken(token),
    ]);
    return token;
  }
}
