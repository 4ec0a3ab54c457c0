import { ApiError } from './api-error';
import type { ErrorCode } from '@cumbre/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

export const IDEMPOTENCY_KEY_REUSED = 'common.idempotency_key_reused' satisfies ErrorCode;
export const IDEMPOTENCY_KEY_IN_PROGRESS = 'common.idempotency_key_in_progress' satisfies ErrorCode;

/** A claim left pending this long belongs to a request that died; a retry may take it over. */
const STALE_CLAIM_SECONDS = 60;

/** The request being made idempotent, for the service that writes inside its own transaction. */
export interface IdempotencyContext {
  key: string;
  userId: string;
  route: string;
  requestHash: string;
  /** The status the route answers on success. */
  status: number;
  /** Set once the response was stored inside the creating transaction. */
  completed: boolean;
}

export type StoredResponse = { status: number; body: unknown };

export type ClaimOutcome = { kind: 'claimed' } | { kind: 'replay'; response: StoredResponse };

interface KeyRow {
  request_hash: string;
  status: 'pending' | 'completed';
  response_status: number | null;
  response_body: unknown;
}

/**
 * Idempotency keys (the `Idempotency-Key` header of creating requests), in PostgreSQL so that
 * every instance honours them. A request first claims its key (a pending row, committed at once:
 * a concurrent duplicate sees it and gets 409); the creating service stores its response in the
 * same transaction as the create (`completeInTransaction`), so a committed create always has its
 * stored answer. Routes whose service does not do so have the response stored right after the
 * commit (see the README on the small window this leaves).
 */
const abandonedKey = (ctx: IdempotencyContext) => `${ctx.userId} ${ctx.key}`;

@Injectable()
export class IdempotencyService {
  private static readonly storage = new AsyncLocalStorage<IdempotencyContext>();
  /**
   * Keys whose failed request could not give its claim back (the database was away): nothing
   * runs under them any more, so a retry here takes the claim over at once instead of
   * answering 409 until the claim is stale. (Another instance still waits for staleness.)
   */
  private readonly abandoned = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` with the context visible to `completeInTransaction`. */
  run<T>(context: IdempotencyContext, work: () => Promise<T>): Promise<T> {
    return IdempotencyService.storage.run(context, work);
  }

  /**
   * Claims the key, or answers what an earlier request with it got. 422 when the key was used
   * for a different request; 409 while a request with it is still running.
   */
  async claim(ctx: IdempotencyContext): Promise<ClaimOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO idempotency_key (key, user_id, route, request_hash, status)
         VALUES ($1, $2, $3, $4, 'pending')
         ON CONFLICT (user_id, key) DO UPDATE
           SET route = EXCLUDED.route, request_hash = EXCLUDED.request_hash, created_at = clock_timestamp()
           WHERE idempotency_key.status = 'pending'
             AND idempotency_key.request_hash = EXCLUDED.request_hash
             AND idempotency_key.created_at < clock_timestamp() - make_interval(secs => $5)
         RETURNING key`,
        [
          ctx.key,
          ctx.userId,
          ctx.route,
          ctx.requestHash,
          this.abandoned.has(abandonedKey(ctx)) ? 0 : STALE_CLAIM_SECONDS,
        ],
      );
      if (inserted.length > 0) {
        this.abandoned.delete(abandonedKey(ctx));
        return { kind: 'claimed' } as const;
      }
      const [row]: KeyRow[] = await manager.query(
        `SELECT request_hash, status, response_status, response_body FROM idempotency_key
          WHERE user_id = $1 AND key = $2`,
        [ctx.userId, ctx.key],
      );
      if (!row || row.request_hash !== ctx.requestHash) {
        throw new ApiError(
          IDEMPOTENCY_KEY_REUSED,
          'Idempotency-Key was already used for a different request; use a new key',
          {
            field: 'Idempotency-Key',
          },
        );
      }
      if (row.status === 'pending') {
        throw new ApiError(
          IDEMPOTENCY_KEY_IN_PROGRESS,
          'a request with this Idempotency-Key is still in progress; retry later',
          { field: 'Idempotency-Key' },
        );
      }
      return { kind: 'replay', response: { status: row.response_status ?? 200, body: row.response_body } } as const;
    });
  }

  /**
   * Stores the response inside the creating transaction, when the request carries a key. The
   * body is what the transaction wrote, so the stored answer and the data commit together.
   */
  async completeInTransaction(manager: EntityManager, body: unknown): Promise<void> {
    const ctx = IdempotencyService.storage.getStore();
    if (!ctx) return;
    await this.store(manager, ctx, body);
    ctx.completed = true;
  }

  /** After a route that does not store its response itself (post-commit). */
  async completeAfter(ctx: IdempotencyContext, body: unknown): Promise<void> {
    if (!ctx.completed) await this.store(this.dataSource.manager, ctx, body);
  }

  /** A failed request gives its key back, so that a corrected retry may use it. */
  async release(ctx: IdempotencyContext): Promise<void> {
    try {
      await this.dataSource.query(
        `DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND status = 'pending'`,
        [ctx.userId, ctx.key],
      );
    } catch (error) {
      this.abandoned.add(abandonedKey(ctx));
      throw error;
    }
  }

  private async store(manager: EntityManager, ctx: IdempotencyContext, body: unknown): Promise<void> {
    await manager.query(
      `UPDATE idempotency_key SET status = 'completed', response_status = $3, response_body = $4::jsonb
        WHERE user_id = $1 AND key = $2`,
      [ctx.userId, ctx.key, ctx.status, JSON.stringify(body ?? null)],
    );
  }
}
