import fastifyCookie from '@fastify/cookie';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fastifyCompress from '@fastify/compress';
import * as zlib from 'node:zlib';
import { RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { answerFrameworkError, ApiExceptionFilter } from '../common/api-exception.filter';
import { RejectNulCharactersPipe } from '../common/nul-characters.pipe';
import { validationExceptionFactory } from '../common/validation-errors';
import { registerXsrfCookie } from '../auth/csrf';
import { BODY_LIMITS, registerJsonBodyParser } from '../common/body-limits';
import { COVER_IMAGE_MAX_BYTES, NOTE_ATTACHMENT_MAX_BYTES } from '@cumbre/contracts';
import { COVER_CONTENT_TYPES } from '../announcements/cover-images.controller';
import { ApiError } from '../common/api-error';
import { SITE_ROOT_FILES } from '../public/site-files.controller';
import { registerMultipartUploads } from '../common/multipart';
import { AppModule } from './app.module';
import { registerSecurityHeaders } from './security-headers';
import { PublicContent } from '../common/public-content/public-content.service';
import { answerCachedPages } from '../web/public-page-cache';
import { createRootLogger, registerRequestLog } from './request-log';

export const API_PREFIX = 'api';
/** Body limit of the anonymous public routes (a comment is at most 2,000 characters). */
export const PUBLIC_BODY_LIMIT_BYTES = 16 * 1024;
const COVER_ROUTE = new RegExp(`^/${API_PREFIX}/announcements/:id/cover$`);
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Builds the whole HTTP application (without listening). `main.ts` and the integration tests
 * both use it, so tests exercise exactly what production runs.
 */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMITS.maxBytes,
    // A URL Fastify cannot decode is refused before routing; the answer still has our error body.
    frameworkErrors: answerFrameworkError,
    // Fastify's own request log is off: registerRequestLog writes one line per request.
    logger: false,
    // A caller's request id is kept when it looks like one; otherwise we make one.
    genReqId: (req: IncomingMessage) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });
  // Ours instead of Nest's (which also parses form posts): JSON only, depth and length bounded.
  registerJsonBodyParser(adapter.getInstance());
  // What anonymous readers may send (a comment, a flag) is small: a far lower body limit there.
  adapter.getInstance().addHook('onRoute', (route) => {
    if (route.url.startsWith(`/${API_PREFIX}/public/`)) route.bodyLimit = PUBLIC_BODY_LIMIT_BYTES;
    if (COVER_ROUTE.test(route.url)) route.bodyLimit = COVER_IMAGE_MAX_BYTES;
  });
  // Cover images are uploaded as the raw body, on their one route; elsewhere images stay a 415.
  adapter
    .getInstance()
    .addContentTypeParser(
      COVER_CONTENT_TYPES,
      { parseAs: 'buffer', bodyLimit: COVER_IMAGE_MAX_BYTES },
      (request, body, done) => {
        if (!COVER_ROUTE.test(request.routeOptions.url ?? '')) {
          return done(
            new ApiError('common.unsupported_media_type', 'images are accepted only as a cover upload'),
            undefined,
          );
        }
        done(null, body);
      },
    );
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // A public page this instance has rendered and cached is answered first, before the hooks below
  // (web/public-page-cache.ts): they would only recompute what the cached entry carries.
  const cached: { content?: PublicContent } = {};
  adapter.getInstance().addHook(
    'onRequest',
    answerCachedPages(() => cached.content),
  );
  const logger = createRootLogger(config.logLevel);
  registerRequestLog(adapter.getInstance(), logger);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  cached.content = app.get(PublicContent);
  app.useLogger(app.get(Logger));
  // Crawlers look for these at the site root, not under /api.
  app.setGlobalPrefix(API_PREFIX, { exclude: SITE_ROOT_FILES.map((path) => ({ path, method: RequestMethod.GET })) });
  app.useGlobalPipes(
    new RejectNulCharactersPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // Unknown or nested garbage is reported, not silently dropped.
      forbidUnknownValues: true,
      stopAtFirstError: false,
      exceptionFactory: validationExceptionFactory,
      // The factory reads each failed rule's arguments (a max length, say) from the error's target.
      validationError: { target: true, value: true },
    }),
  );
  app.useGlobalFilters(new ApiExceptionFilter());
  registerSecurityHeaders(app, config);
  await app.register(fastifyCookie);
  // Brotli or gzip for every answer worth it (JSON, feeds, server-rendered pages); a low brotli
  // quality keeps the CPU cost per response small under a rush of readers.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  // File uploads (note attachments) on the routes that opt in; every other route stays JSON-only.
  await registerMultipartUploads(app, NOTE_ATTACHMENT_MAX_BYTES);
  registerXsrfCookie(app.getHttpAdapter().getInstance(), config.secureCookies);

  const openApi = new DocumentBuilder()
    .setTitle('Cumbre API')
    .setDescription('Inter-agency summit planning and knowledge sharing')
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('cumbre_at')
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });

  app.enableShutdownHooks();
  return app;
}
