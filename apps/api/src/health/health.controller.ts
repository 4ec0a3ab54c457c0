import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  type HealthIndicatorFunction,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../common/policy.decorators';
import { RateLimiter } from '../common/rate-limit/rate-limiter';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly limiter: RateLimiter,
  ) {}

  /** The process is up and answering. */
  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** The process can do its work: the database (and Redis, when REDIS_URL is set) answers within two seconds. */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    const checks: HealthIndicatorFunction[] = [() => this.db.pingCheck('database', { timeout: 2000 })];
    if (this.limiter.store === 'redis') checks.push(() => this.redisCheck());
    return this.health.check(checks);
  }

  private async redisCheck() {
    const session = this.indicators.check('redis');
    const answered = await Promise.race([
      this.limiter.ping().catch(() => false),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
    ]);
    return answered ? session.up() : session.down({ message: 'Redis does not answer' });
  }
}
