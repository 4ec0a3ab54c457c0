import { inject, Injectable } from '@angular/core';
import type { MarkdownPreviewDto } from '@cumbre/contracts';
import { ApiHttp } from './http';

/** The app's one Markdown renderer and sanitiser (`POST /api/markdown/preview`), for the editors. */
@Injectable({ providedIn: 'root' })
export class MarkdownApi {
  private readonly http = inject(ApiHttp);

  preview(markdown: string): Promise<MarkdownPreviewDto> {
    return this.http.post('/api/markdown/preview', { markdown });
  }
}
