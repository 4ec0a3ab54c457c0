// Search snippets: PostgreSQL marks the matches with two private-use characters no note text
// contains (they are stripped from the text first); everything is then HTML-escaped and only
// those marks become <mark> elements. A note's text can never inject markup through a snippet.

export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function highlightHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  let open = false;
  let html = '';
  for (const c of escaped) {
    if (c === HIGHLIGHT_START && !open) {
      html += '<mark>';
      open = true;
    } else if (c === HIGHLIGHT_STOP && open) {
      html += '</mark>';
      open = false;
    } else if (c !== HIGHLIGHT_START && c !== HIGHLIGHT_STOP) {
      html += c;
    }
  }
  return open ? `${html}</mark>` : html;
}
