import { Global, Module } from '@nestjs/common';
import { IdempotencyService } from './idempotency.service';

/**
 * Idempotency keys for every creating request: the interceptor is applied by `Post`
 * (post.decorator.ts) to each POST route; the service is global for in-transaction use.
 */
@Global()
@Module({
  providers: [IdempotencyService],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
