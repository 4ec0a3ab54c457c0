import { ApiError } from '../common/api-error';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuditAction } from '@cumbre/contracts';
import type { AuditRecord } from '../audit/audit.service';
import { Changes } from '../audit/changes';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { RequestOrigin } from '../common/auth-user';
import { hashPassword } from '../users/credentials/password-hasher';
import { returnedRows } from './sql-result';
import { SignInThrottle } from './sign-in-throttle';
import { TokenService } from './token.service';

const RESET_TTL_MINUTES = 30;
export const PASSWORD_RESET_PATH = '/contrasena/restablecer';

const hashResetToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** An event about the account whose password is being reset, done by its owner (not signed in). */
const accountEvent = (action: AuditAction, user: { id: string; email: string }): AuditRecord => ({
  action,
  actor: { id: user.id, email: user.email },
  objectType: 'user',
  objectId: user.id,
});

/**
 * Password reset by e-mail: a single-use token valid 30 minutes (only its hash is stored), sent
 * through the outbox. Asking answers the same whether or not the account exists; using it ends
 * every session of the user.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
    private readonly tokens: TokenService,
    private readonly changes: Changes,
  ) {}

  async request(email: string, origin: RequestOrigin): Promise<void> {
    const accountKey = email.toLowerCase();
    // Counted like sign-in failures (per address and per e-mail), so that nobody can flood a
    // mailbox; an unknown address is counted the same, which keeps the answer uninformative.
    const attempt = await this.throttle.begin({
      kind: 'password_reset',
      accountKey,
      ip: origin.ip,
      requestId: origin.requestId,
    });
    await this.throttle.settle(attempt, false);
    await this.changes.run({ actor: null, origin }, async ({ manager, audit }) => {
      const [user]: { id: string; email: string; display_name: string }[] = await manager.query(
        `SELECT id, email, display_name FROM app_user WHERE email = $1 AND disabled_at IS NULL`,
        [accountKey],
      );
      if (!user) return;
      const token = randomBytes(32).toString('base64url');
      await manager.query(
        `INSERT INTO password_reset_token (user_id, token_hash, expires_at)
         VALUES ($1, $2, clock_timestamp() + make_interval(mins => $3))`,
        [user.id, hashResetToken(token), RESET_TTL_MINUTES],
      );
      const link = `${this.config.publicUrl}${PASSWORD_RESET_PATH}?token=${token}`;
      await manager.query(
        `INSERT INTO email_outbox (to_address, to_name, subject, text_body, kind) VALUES ($1, $2, $3, $4, 'auth.password_reset')`,
        [
          user.email,
          user.display_name.slice(0, 120),
          'Cumbre: restablecer su contraseña / reset your password',
          [
            `Hola ${user.display_name}:`,
            '',
            `Para elegir una nueva contraseña abra este enlace (vale ${RESET_TTL_MINUTES} minutos y una sola vez):`,
            link,
            '',
            'Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.',
            '',
            `To choose a new password open the link above (valid ${RESET_TTL_MINUTES} minutes, once). If you did not ask for it, ignore this message.`,
          ].join('\n'),
        ],
      );
      await audit(accountEvent('auth.password_reset_requested', user));
    });
  }

  async confirm(token: string, newPassword: string, origin: RequestOrigin): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    await this.changes.run({ actor: null, origin }, async ({ manager, audit }) => {
      const [used] = returnedRows<{ user_id: string; email: string }>(
        await manager.query(
          `UPDATE password_reset_token t SET used_at = clock_timestamp()
           FROM app_user u
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > clock_timestamp()
            AND u.id = t.user_id AND u.disabled_at IS NULL
          RETURNING t.user_id, u.email`,
          [hashResetToken(token)],
        ),
      );
      if (!used)
        throw new ApiError('auth.reset_token_invalid', 'token is not valid or has expired; ask for a new link', {
          field: 'token',
        });
      await manager.query(
        `UPDATE app_user SET password_hash = $2, password_changed_at = clock_timestamp(), updated_at = clock_timestamp(), version = version + 1 WHERE id = $1`,
        [used.user_id, passwordHash],
      );
      // Any other link sent before is void too.
      await manager.query(
        `UPDATE password_reset_token SET used_at = clock_timestamp() WHERE user_id = $1 AND used_at IS NULL`,
        [used.user_id],
      );
      await this.tokens.revokeAllForUser(used.user_id, manager);
      await audit(accountEvent('auth.password_reset', { id: used.user_id, email: used.email }));
    });
  }
}
