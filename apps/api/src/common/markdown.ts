import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// The one Markdown renderer and sanitiser of Cumbre: agenda item descriptions, notes and
// announcements all go through `renderMarkdown`, so there is one place to review for XSS.
// Two walls: markdown-it never passes raw HTML through (`html: false` escapes it), and the
// rendered HTML is then cut down to an allowlist (no script, iframe, style, event handlers, and
// links only to http(s) and mailto), so a bug in one wall is caught by the other.

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  's',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  // Links leave Cumbre without handing over the page (no opener, no referrer).
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};

/**
 * Rendering is a pure function of the source, and the same texts are rendered again and again
 * (an agenda's 60 item descriptions on every read): the last few thousand renderings are kept,
 * least recently used first out, bounded in entries and in characters so that the memo can
 * never hold much memory (at most ~2 × MEMO_MAX_CHARS UTF-16 code units, about 8 MB).
 */
const MEMO_MAX_ENTRIES = 5000;
const MEMO_MAX_CHARS = 2_000_000;
/** Longer texts (whole notes, announcements) are rendered each time: they are rarely re-read so often. */
const MEMO_MAX_SOURCE_CHARS = 4000;

export class RenderMemo {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly maxEntries = MEMO_MAX_ENTRIES,
    private readonly maxChars = MEMO_MAX_CHARS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get storedChars(): number {
    return this.chars;
  }

  through(source: string, render: (source: string) => string): string {
    const hit = this.entries.get(source);
    if (hit !== undefined) {
      // Map order is insertion order: moving the hit to the end keeps the least recent first.
      this.entries.delete(source);
      this.entries.set(source, hit);
      return hit;
    }
    const html = render(source);
    if (source.length > MEMO_MAX_SOURCE_CHARS) return html;
    this.entries.set(source, html);
    this.chars += source.length + html.length;
    while (this.entries.size > this.maxEntries || this.chars > this.maxChars) {
      const [oldest, value] = this.entries.entries().next().value as [string, string];
      this.entries.delete(oldest);
      this.chars -= oldest.length + value.length;
    }
    return html;
  }
}

const memo = new RenderMemo();
const renderUncached = (source: string) => sanitizeHtml(markdown.render(source), SANITIZE);

/** Markdown → HTML that is safe to insert into a page as it is. */
export function renderMarkdown(source: string): string {
  return memo.through(source, renderUncached);
}

/** The same text with the Markdown taken out: for summaries, feeds and search snippets. */
export function markdownToPlainText(source: string): string {
  const text = sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
