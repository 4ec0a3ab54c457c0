import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { requestForLog } from './request-log';
import type { IncomingMessage } from 'node:http';
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
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      providers: [MigrationRunner],
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Fastify assigns the id (see create-app.ts); every log line of the request carries it.
            genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
            // Id, method, path and address; no headers (request-log.ts).
            serializers: { req: requestForLog },
            redact: ['res.headers["set-cookie"]'],
            // Middleware sees a url relative to its mount point; originalUrl is the full path.
            autoLogging: {
              ignore: (req) =>
                ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').startsWith(
                  '/api/health',
                ),
            },
          },
          // Every route, in Nest 11's path syntax (the library's default '*' is deprecated).
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
        }),
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
