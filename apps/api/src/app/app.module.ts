import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type pino from 'pino';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { baseDataSourceOptions } from '../database/typeorm-options';
import { MigrationRunner } from '../database/migration-runner';
import { HealthModule } from '../health/health.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AgenciesModule } from '../agencies/agencies.module';
import { AgendaModule } from '../agenda/agenda.module';
import { DemoModule } from '../demo/demo.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CalendarModule } from '../calendar/calendar.module';
import { IdempotencyModule } from '../common/idempotency.module';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { HomeModule } from '../home/home.module';
import { MarkdownModule } from '../markdown/markdown.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { AnnouncementsModule } from '../announcements/announcements.module';
import { CommentsModule } from '../comments/comments.module';
import { PublicContentModule } from './public-content.module';
import { PublicModule } from '../public/public.module';
import { NotesModule } from '../notes/notes.module';
import { SqlReaderModule } from '../database/sql-reader.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: pino.Logger): DynamicModule {
    return {
      module: AppModule,
      providers: [MigrationRunner],
      imports: [
        ConfigModule.forRoot(config),
        // Nest's own lines (`new Logger(...)`) go to the root logger; nothing of it runs per request
        // (no routes: the request line is a Fastify hook, request-log.ts).
        LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] }),
        TypeOrmModule.forRoot({
          ...baseDataSourceOptions(config.databaseUrl, config.database),
          autoLoadEntities: true,
        }),
        SqlReaderModule,
        IdempotencyModule,
        RateLimitModule,
        HealthModule,
        AuditModule,
        AuthModule,
        AgenciesModule,
        DemoModule,
        MeetingsModule,
        AgendaModule,
        NotificationsModule,
        CalendarModule,
        HomeModule,
        MarkdownModule,
        RealtimeModule,
        // The public site (issue 11): content versions and caches, announcements, comments, public reads.
        PublicContentModule,
        AnnouncementsModule,
        CommentsModule,
        PublicModule,
        NotesModule,
      ],
    };
  }
}
