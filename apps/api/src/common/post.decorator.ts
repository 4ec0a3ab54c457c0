// eslint-disable-next-line no-restricted-imports -- the one place that wraps Nest's Post
import { applyDecorators, Post as NestPost, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { Public } from './policy.decorators';

/**
 * Every creating route's `@Post`: Nest's, with `Idempotency-Key` honoured
 * (idempotency.interceptor.ts). Lint refuses `Post` from `@nestjs/common` elsewhere, so no
 * POST route can be declared without it.
 *
 * The interceptor sits on the POST routes only, not on every route as a global one would: a route
 * with no interceptor skips Nest's RxJS chain, which cost a third of an uncached public read
 * (bench/README.md, 3 December).
 */
export const Post = (path?: string | string[]): MethodDecorator =>
  applyDecorators(NestPost(path), UseInterceptors(IdempotencyInterceptor));

/**
 * A public route's `@Post`, its `@Public()` included: the readers' writes (a comment, a report,
 * an unsubscribe) and the steps of signing in. It carries no Idempotency-Key interceptor: keys
 * belong to signed-in callers' creations (the interceptor lets anonymous requests and
 * `/api/auth/` through untouched), and on the busiest public write, posting a comment, Nest's
 * RxJS chain around even a pass-through interceptor cost a tenth of the throughput and most of
 * the old-generation garbage: twice the mark-compacts, and a p99 of 70–80 ms against 47–59
 * (bench/README.md, 5 December; issue #12).
 */
export const PublicPost = (path?: string | string[]): MethodDecorator => applyDecorators(Public(), NestPost(path));
