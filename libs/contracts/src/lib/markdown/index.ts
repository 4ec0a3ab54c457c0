/** Longest Markdown text the preview (and any Markdown field) accepts. */
export const MARKDOWN_MAX_LENGTH = 100_000;

/** `POST /api/markdown/preview`: the editor's preview, rendered by the app's one sanitiser. */
export interface MarkdownPreviewRequest {
  markdown: string;
}

export interface MarkdownPreviewDto {
  /** Sanitised HTML, safe to insert as it is. */
  html: string;
}
