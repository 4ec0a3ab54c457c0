import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../common/clock';
import { APP_CONFIG, AppConfig } from './app-config';

/**
 * Makes the one validated configuration object injectable as `@Inject(APP_CONFIG)`, and the
 * domain clock as `Clock` (shifted when CLOCK_START is set).
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: new SystemClock(config.clockStart) },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
