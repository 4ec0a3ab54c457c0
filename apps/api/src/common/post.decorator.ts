// eslint-disable-next-line no-restricted-imports -- the one place that wraps Nest's Post
import { applyDecorators, Post as NestPost, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';

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
