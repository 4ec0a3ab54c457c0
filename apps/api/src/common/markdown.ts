import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// The one Markdown renderer and sanitiser of Cumbre: agenda item descriptions, notes and
// announcements all go through `renderMarkdown`, so there is one place to review for XSS.
// Two walls: markdown-it never passes raw HTML through (`html: false` escapes it), and the
// rendered HTML is then cut down to an allowlist (no script, iframe, style, event handlers, and
// links only to http(s) and mailto), so a bug in one wall is caught by the other.

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 's', 'del', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
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

/** Markdown → HTML that is safe to insert into a page as it is. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE);
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
