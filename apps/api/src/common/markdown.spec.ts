import { markdownToPlainText, RenderMemo, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders the usual Markdown', () => {
    const html = renderMarkdown('# Línea 1717\n\n**Denuncie** la *extorsión*:\n\n- llame\n- escriba');
    expect(html).toContain('<h1>Línea 1717</h1>');
    expect(html).toContain('<strong>Denuncie</strong>');
    expect(html).toContain('<em>extorsión</em>');
    expect(html).toContain('<li>llame</li>');
  });

  it('keeps http links and marks them as leaving the site', () => {
    expect(renderMarkdown('[PCM](https://www.gob.pe/pcm)')).toBe(
      '<p><a href="https://www.gob.pe/pcm" rel="noopener noreferrer nofollow">PCM</a></p>\n',
    );
  });

  it.each([
    '<script>alert(1)</script>',
    '<iframe src="https://evil.example"></iframe>',
    '<img src=x onerror="alert(1)">',
    '<a href="#" onclick="alert(1)">x</a>',
    '[clic](javascript:alert(1))',
    '[clic](JaVaScRiPt:alert(1))',
    '[clic](data:text/html;base64,PHNjcmlwdD4=)',
    '<svg onload=alert(1)>',
    '<style>body{display:none}</style>',
    '<a href="javascript:alert(1)">x</a>',
  ])('renders %s inert: no element but the allowed ones, no handler, no dangerous link', (input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<(script|iframe|img|svg|style|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i);
    for (const tag of html.match(/<a\b[^>]*>/gi) ?? []) expect(tag).toMatch(/^<a href="(https?:|mailto:)/);
  });

  it('shows raw HTML as text instead of dropping what the author wrote', () => {
    expect(renderMarkdown('<b>hola</b>')).toBe('<p>&lt;b&gt;hola&lt;/b&gt;</p>\n');
  });
});

describe('markdownToPlainText', () => {
  it('takes the Markdown out and folds whitespace', () => {
    expect(markdownToPlainText('# Título\n\nUn **texto** con [enlace](https://a.pe) & <b>x</b>')).toBe(
      'Título Un texto con enlace & <b>x</b>',
    );
  });
});

describe('RenderMemo (the bounded memo behind renderMarkdown)', () => {
  const counting = () => {
    const calls: string[] = [];
    return { calls, render: (s: string) => (calls.push(s), `<p>${s}</p>`) };
  };

  it('renders a text once and answers repeats from memory', () => {
    const memo = new RenderMemo(10, 1000);
    const r = counting();
    expect([memo.through('a', r.render), memo.through('a', r.render), memo.through('b', r.render)]).toEqual([
      '<p>a</p>',
      '<p>a</p>',
      '<p>b</p>',
    ]);
    expect(r.calls).toEqual(['a', 'b']);
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const memo = new RenderMemo(2, 1000);
    const r = counting();
    memo.through('a', r.render);
    memo.through('b', r.render);
    memo.through('a', r.render); // a is now the most recent
    memo.through('c', r.render); // drops b
    expect(memo.size).toBe(2);
    memo.through('a', r.render);
    memo.through('b', r.render);
    expect(r.calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps at most maxChars of sources and renderings', () => {
    const memo = new RenderMemo(1000, 100);
    const r = counting();
    for (let i = 0; i < 50; i++) memo.through(`texto ${i}`, r.render);
    expect(memo.storedChars).toBeLessThanOrEqual(100);
    expect(memo.size).toBeGreaterThan(0);
    expect(memo.size).toBeLessThan(50);
  });

  it('does not keep long texts', () => {
    const memo = new RenderMemo(10, 1_000_000);
    const r = counting();
    const long = 'x'.repeat(5000);
    memo.through(long, r.render);
    memo.through(long, r.render);
    expect(r.calls.length).toBe(2);
    expect(memo.size).toBe(0);
  });

  it('gives renderMarkdown the same answer the first time and the next', () => {
    const text = `**negrita ${Date.now()}** <script>x</script>`;
    expect(renderMarkdown(text)).toBe(renderMarkdown(text));
    expect(renderMarkdown(text)).not.toContain('<script>');
  });
});
