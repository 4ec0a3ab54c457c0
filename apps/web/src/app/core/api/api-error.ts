import { HttpErrorResponse } from '@angular/common/http';
import { isErrorCode, type ApiErrorBody, type ErrorCode, type ErrorParams, type FieldError } from '@cumbre/contracts';

/**
 * A failed API call, read from the response body: the stable `code`, the `field` at fault, the
 * `params` the message is made of and, for validation, one entry per field. Status 0 means the
 * server was not reached. `body` keeps the whole answer for extras such as `conflicts`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | null,
    readonly field: string | null,
    readonly params: ErrorParams,
    readonly fields: readonly FieldError[],
    readonly body: Partial<ApiErrorBody> | null,
    readonly retryAfter: string | null = null,
  ) {
    super(typeof body?.message === 'string' ? body.message : `HTTP ${status}`);
    this.name = 'ApiError';
  }

  static from(response: HttpErrorResponse): ApiError {
    const raw: unknown = response.error;
    const body = typeof raw === 'object' && raw !== null ? (raw as Partial<ApiErrorBody>) : null;
    const fields = Array.isArray(body?.fields) ? body.fields.filter((f) => isErrorCode(f?.code)) : [];
    return new ApiError(
      response.status,
      isErrorCode(body?.code) ? body.code : null,
      typeof body?.field === 'string' ? body.field : null,
      body?.params && typeof body.params === 'object' ? body.params : {},
      fields,
      body,
      response.headers?.get('Retry-After') ?? null,
    );
  }
}

/** Anything a call can throw, as an ApiError (a bare HttpErrorResponse from a test or an interceptor too). */
export function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) return ApiError.from(error);
  return null;
}

export function httpStatus(error: unknown): number | null {
  return toApiError(error)?.status ?? null;
}

export function errorCode(error: unknown): ErrorCode | null {
  return toApiError(error)?.code ?? null;
}

/** Someone else saved the same resource first: reload, then try again. */
export function isStaleVersion(error: unknown): boolean {
  return errorCode(error) === 'common.stale_version';
}

/** Seconds to wait after a 429, from Retry-After (seconds or an HTTP date), when the server says. */
export function retryAfterSeconds(error: unknown): number | null {
  const header = toApiError(error)?.retryAfter;
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}
