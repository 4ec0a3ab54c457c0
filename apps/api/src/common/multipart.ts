import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiError } from './api-error';

/**
 * The route config (`@RouteConfig(MULTIPART_UPLOAD)`) of the few routes that take a file upload.
 * Every other route keeps the JSON-only rule of `body-limits.ts`: a multipart body there is a 415,
 * exactly like a form post.
 */
export const MULTIPART_UPLOAD = { multipart: true } as const;

/**
 * @fastify/multipart, scoped to the routes that opt in. The plugin's content-type parser only marks
 * the request (the stream is read later by the route, with its own size limit); a hook refuses
 * the marked request before validation on every route that did not ask for uploads.
 */
export async function registerMultipartUploads(app: NestFastifyApplication, maxFileBytes: number): Promise<void> {
  await app.register(fastifyMultipart, {
    // One file part, no other fields, a few headers; the size is enforced while streaming.
    limits: { files: 1, fields: 0, parts: 2, headerPairs: 50, fileSize: maxFileBytes },
    throwFileSizeLimit: true,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request) => {
      const config = request.routeOptions.config as { multipart?: boolean } | undefined;
      if (request.isMultipart() && config?.multipart !== true) {
        throw new ApiError('common.unsupported_media_type', 'this route takes application/json');
      }
    });
}
