import { HttpClient, HttpContext, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom, Observable } from 'rxjs';
import { ApiError } from './api-error';

/** Leaves out empty values, so `?q=` is never sent. */
export function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** `/api/meetings/` + an id, encoded. */
export function apiPath(...segments: string[]): string {
  return `/api/${segments.map(encodeURIComponent).join('/')}`;
}

/** One request as a promise; an HTTP failure becomes an ApiError read from the body. */
export async function send<T>(request: Observable<T>): Promise<T> {
  try {
    return await firstValueFrom(request);
  } catch (error: unknown) {
    throw error instanceof HttpErrorResponse ? ApiError.from(error) : error;
  }
}

export interface RequestOptions {
  query?: object;
  context?: HttpContext;
  /** The browser cache's mode (fetch): 'no-cache' revalidates a public answer cached for 30 s. */
  cache?: RequestCache;
}

/**
 * The one HTTP layer every feature's API client stands on: requests become promises, and a
 * failure becomes an `ApiError` read from the response body (code, field, params), so that no
 * screen looks at HttpErrorResponse or parses the English message. URLs stay relative
 * ('/api/...') on purpose: Angular adds the X-XSRF-TOKEN header only to same-origin requests.
 */
@Injectable({ providedIn: 'root' })
export class ApiHttp {
  private readonly http = inject(HttpClient);

  get<T>(url: string, options: RequestOptions = {}): Promise<T> {
    return this.run(this.http.get<T>(url, this.options(options)));
  }

  post<T>(url: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.run(this.http.post<T>(url, body, this.options(options)));
  }

  put<T>(url: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.run(this.http.put<T>(url, body, this.options(options)));
  }

  patch<T>(url: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.run(this.http.patch<T>(url, body, this.options(options)));
  }

  delete<T>(url: string, options: RequestOptions = {}): Promise<T> {
    return this.run(this.http.delete<T>(url, this.options(options)));
  }

  private options(options: RequestOptions) {
    return {
      ...(options.query ? { params: toParams(options.query) } : {}),
      ...(options.context ? { context: options.context } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
    };
  }

  private run<T>(request: Observable<T>): Promise<T> {
    return send(request);
  }
}
