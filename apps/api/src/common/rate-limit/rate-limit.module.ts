import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { PgRateLimiter } from './pg-rate-limiter';
import { RateLimiter } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

/**
 * The one place the rate-limit store is chosen: Redis when `REDIS_URL` is set, PostgreSQL
 * otherwise. Features inject `RateLimiter` and never know which.
 */
@Global()
@Module({
  providers: [
    {
      provide: RateLimiter,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource): RateLimiter =>
        config.redis
          ? RedisRateLimiter.connect(config.redis.url, config.redis.keyPrefix)
          : new PgRateLimiter(dataSource),
    },
  ],
  exports: [RateLimiter],
})
export class RateLimitModule {}
