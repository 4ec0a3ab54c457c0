import { highlightHtml, HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from './highlight';

describe('search snippets', () => {
  it('escapes the text and turns only the marks into <mark>', () => {
    expect(highlightHtml(`a <b> & "c" ${S}extorsión${E} 'd'`)).toBe(
      'a &lt;b&gt; &amp; &quot;c&quot; <mark>extorsión</mark> &#39;d&#39;',
    );
  });

  it('never leaves a mark open or closes one it did not open', () => {
    expect(highlightHtml(`${E}x${S}y`)).toBe('x<mark>y</mark>');
    expect(highlightHtml(`${S}${S}x${E}${E}`)).toBe('<mark>x</mark>');
  });
});
