import { useTestApp } from '../../test/test-app';
import { bearerFor, DEMO_ROLES } from '../../test/demo-sessions';

describe('POST /api/markdown/preview', () => {
  const t = useTestApp();

  it('renders sanitised HTML for a signed-in editor', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/markdown/preview',
      headers: await bearerFor(t.app, DEMO_ROLES.staff),
      payload: { markdown: '**Línea 1717** <script>alert(1)</script> [x](javascript:alert(1))' },
    });
    expect(res.statusCode).toBe(200);
    const { html } = res.json() as { html: string };
    expect(html).toContain('<strong>Línea 1717</strong>');
    expect(html).not.toMatch(/<script|href="javascript/i);
  });

  it('is not open to the anonymous public', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/markdown/preview', payload: { markdown: 'x' } });
    expect(res.statusCode).toBe(401);
  });

  it('names the field when the text is missing or too long', async () => {
    const headers = await bearerFor(t.app, DEMO_ROLES.staff);
    const missing = await t.app.inject({ method: 'POST', url: '/api/markdown/preview', headers, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'markdown', code: 'validation.required' })]),
    );
    const long = await t.app.inject({
      method: 'POST',
      url: '/api/markdown/preview',
      headers,
      payload: { markdown: 'x'.repeat(100_001) },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().fields).toEqual([expect.objectContaining({ field: 'markdown', code: 'validation.too_long' })]);
  });
});
