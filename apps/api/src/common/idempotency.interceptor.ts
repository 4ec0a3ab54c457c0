import { ApiError } from './api-error';
import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import { IdempotencyContext, IdempotencyService } from './idempotency.service';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/** Body with object keys in one order, so that the same request always hashes the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * Honours `Idempotency-Key` on signed-in POST requests (the creating ones): the same key and
 * request answer the first result again (same status and body, `Idempotent-Replayed: true`),
 * the same key with another request is refused (422), a duplicate still running gets 409.
 * Sign-in routes are left out: a session is never replayed.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest & { user?: { id: string } | null }>();
    const raw = req.headers[IDEMPOTENCY_HEADER];
    if (req.method !== 'POST' || raw === undefined || !req.user || req.url.startsWith('/api/auth/')) {
      return next.handle();
    }
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!KEY_FORMAT.test(key)) {
      throw new ApiError('validation.bad_format', 'Idempotency-Key must be 1 to 255 visible ASCII characters', {
        field: 'Idempotency-Key',
      });
    }
    const route = `${req.method} ${req.url}`;
    const ctx: IdempotencyContext = {
      key,
      userId: req.user.id,
      route,
      requestHash: createHash('sha256')
        .update(JSON.stringify([route, canonical(req.body ?? null)]))
        .digest('hex'),
      status: Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED,
      completed: false,
    };
    return from(this.execute(ctx, next, http.getResponse<FastifyReply>()));
  }

  private async execute(ctx: IdempotencyContext, next: CallHandler, reply: FastifyReply): Promise<unknown> {
    const claim = await this.idempotency.claim(ctx);
    if (claim.kind === 'replay') {
      void reply.header('Idempotent-Replayed', 'true');
      return claim.response.body;
    }
    let result: unknown;
    try {
      // Subscribed inside run(), so that the handler's whole async chain sees the context.
      result = await this.idempotency.run(ctx, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    } catch (error) {
      // Also when the answer was stored: if the commit failed after all, the claim is still
      // pending and must be given back; a committed (completed) one is left alone.
      await this.idempotency.release(ctx);
      throw error;
    }
    await this.idempotency.completeAfter(ctx, result);
    return result;
  }
}
