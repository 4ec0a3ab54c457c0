import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { seedDemoData } from './demo-data';

/**
 * Loads the demo data set at start-up when DEMO_DATA is on (never on by default). The sign-ins
 * themselves are printed by main.ts through the launcher, once the API listens.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    // Migrations have run by now (MigrationRunner, during module init).
    await seedDemoData(this.dataSource, (m) => this.logger.log(m), this.clock.now());
  }
}
