import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { demoMinutesPublished, demoSummitAhead, expect, newContextAtE2ENow, test } from './e2e-clock';
import { MODERATOR, signIn } from './support';

// The public site (issue 11): server-rendered pages a reader opens without JavaScript, comments
// held for moderation until a moderator approves them, and markup in comments and announcement
// bodies that stays inert in a real browser. The comment journeys post from one IP, which the API
// limits to one comment per 15 s, so they run one after the other.
test.describe.configure({ mode: 'serial' });

const SCREENSHOTS = join(__dirname, '..', 'test-output', 'screenshots');
const PHONE = { width: 390, height: 844 };
const RUN = Date.now().toString(36);

/** Markup that would run script or inject elements if anything on the way rendered it as HTML. */
const XSS_PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'; alert(1)">',
  '"><svg onload=alert(2)>',
  '<iframe src="javascript:alert(3)"></iframe>',
  '<a href="javascript:alert(4)">pulsa</a>',
  '[enlace](javascript:alert(5))',
  '<details open ontoggle=alert(6)>',
  '</textarea><script>alert(7)</script>',
];

async function saveShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const body = await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}.png`) });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

/** Watches a page for any sign that injected markup ran: a dialog, or the payloads' global. */
/**
 * Dialogs a page opens (injected script would), and what Chromium refused under the page's
 * Content-Security-Policy: Angular's own inline scripts must run (they are allowed by hash, also
 * when the page comes from the server's cache), so the list must stay empty.
 */
function watchForScript(page: Page): { dialogs: string[]; cspRefusals: string[] } {
  const seen = { dialogs: [] as string[], cspRefusals: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      seen.cspRefusals.push(message.text());
  });
  return seen;
}

async function expectNothingInjected(page: Page, scope: string): Promise<void> {
  const found = await page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return { missing: true } as const;
    return {
      missing: false,
      scripts: root.querySelectorAll('script').length,
      iframes: root.querySelectorAll('iframe').length,
      svgs: root.querySelectorAll('svg').length,
      handlers: Array.from(root.querySelectorAll('*')).filter((el) =>
        Array.from(el.attributes).some((a) => a.name.startsWith('on')),
      ).length,
      jsLinks: Array.from(root.querySelectorAll('a')).filter((a) =>
        (a.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:'),
      ).length,
      xss: (window as unknown as { __xss?: string }).__xss ?? null,
    };
  }, scope);
  expect(found).toEqual({
    missing: false,
    scripts: 0,
    iframes: 0,
    svgs: 0,
    handlers: 0,
    jsLinks: 0,
    xss: null,
  });
}

/** A moderator writes and publishes an announcement in the editor; resolves its public path. */
async function publishAnnouncement(
  page: Page,
  announcement: { title: string; summary: string; body: string; meeting?: string },
): Promise<string> {
  await page.goto('/app/anuncios/nuevo');
  await page.getByLabel('Título').fill(announcement.title);
  await page.getByLabel('Resumen').fill(announcement.summary);
  await page.getByTestId('announcement-body-input').fill(announcement.body);
  if (announcement.meeting) {
    // The meeting it is about, chosen by its title among the public ones.
    await page.getByTestId('announcement-meeting').click();
    await page.getByRole('option', { name: announcement.meeting }).click();
  }
  await page.getByTestId('save-announcement').click();
  await expect(page).toHaveURL(/\/app\/anuncios\/[0-9a-f-]{36}$/);
  await page.getByTestId('move-published').click();
  await page.getByTestId('confirm-announcement-status-yes').click();
  await expect(page.getByTestId('announcement-status-label')).toContainText('Publicado');
  const href = await page.getByTestId('view-public').getAttribute('href');
  expect(href).toMatch(/^\/anuncios\//);
  return href as string;
}

async function anonymousPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await newContextAtE2ENow(browser, { javaScriptEnabled, locale: 'es-PE', timezoneId: 'America/Lima' });
  return context.newPage();
}

/** The announcement this run publishes and reads (set by the first journey; they run in order). */
let newsPath = '';
/** The demo summit's card on the public meetings page: no "held" badge before it ends, one after. */
const DEMO_SUMMIT_HELD_BADGE = demoSummitAhead ? [] : ['Realizada'];
const NEWS_TITLE = `Convocatoria a la cumbre de seguridad del norte (e2e ${RUN})`;

test.describe('the public site', () => {
  test('a moderator publishes an announcement; a reader comments, sees it is pending, the moderator approves it, and it appears with its markup inert', async ({
    browser,
    page: moderator,
  }) => {
    test.setTimeout(150_000);
    await signIn(moderator, MODERATOR);
    newsPath = await publishAnnouncement(moderator, {
      title: NEWS_TITLE,
      summary: 'Los seis gobiernos regionales del norte se reúnen con la PCM el 5 de diciembre.',
      body:
        'La **Presidencia del Consejo de Ministros** convoca a los gobiernos regionales de Tumbes, Piura, ' +
        'Cajamarca, Lambayeque, La Libertad y Áncash a la cumbre de seguridad del 5 de diciembre.\n\n' +
        '- Plan conjunto contra la extorsión\n- Coordinación con la Policía Nacional\n',
      meeting: 'Cumbre de Seguridad Ciudadana — Macro-región Norte',
    });

    // A cover image, drawn in the browser (1200×630), resized by the API to a few widths.
    const png = await moderator.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 630;
      const g = canvas.getContext('2d') as CanvasRenderingContext2D;
      g.fillStyle = '#0b3a5b';
      g.fillRect(0, 0, 1200, 630);
      g.fillStyle = '#c8102e';
      g.fillRect(0, 520, 1200, 110);
      return canvas.toDataURL('image/png').split(',')[1];
    });
    await moderator.getByLabel('Texto alternativo de la portada').fill('Mapa de las seis regiones del norte del Perú');
    await moderator.getByTestId('cover-file').setInputFiles({
      name: 'portada.png',
      mimeType: 'image/png',
      buffer: Buffer.from(png, 'base64'),
    });
    await moderator.getByTestId('upload-cover').click();
    await expect(moderator.getByText('Portada guardada.')).toBeVisible();

    const reader = await anonymousPage(browser);
    const watch = watchForScript(reader);
    await reader.goto(newsPath);
    await expect(reader.getByTestId('announcement-title')).toHaveText(NEWS_TITLE);

    const name = `Vecina de Piura ${RUN} <b>negrita</b>`;
    const text = `Comentario de prueba ${RUN}: ${XSS_PAYLOADS.join(' ')}`;
    const form = reader.locator('form.comment-form').last();
    await form.getByLabel('Nombre *').fill(name);
    await form.getByLabel('Correo electrónico *').fill(`vecina.${RUN}@example.pe`);
    await form.getByLabel('Comentario *').fill(text);
    await form.getByRole('button', { name: 'Publicar comentario' }).click();
    await expect(reader.getByTestId('comment-submitted')).toContainText('pendiente de moderación');
    // Not on the page before a moderator approves it.
    await reader.reload();
    await expect(reader.getByTestId('announcement-title')).toHaveText(NEWS_TITLE);
    await expect(reader.getByTestId('comments')).not.toContainText(`Comentario de prueba ${RUN}`);

    // The moderator finds it in the queue (the navigation counts it) and approves it.
    await moderator.goto('/app');
    await expect(moderator.getByTestId('moderation-count')).toBeVisible();
    await moderator.getByTestId('moderation-nav').click();
    const item = moderator.getByTestId('moderation-item').filter({ hasText: `Comentario de prueba ${RUN}` });
    await expect(item).toContainText(`vecina.${RUN}@example.pe`);
    await item.getByTestId('approve').click();
    await expect(moderator.getByText('Comentario aprobado y publicado.')).toBeVisible();
    await expect(item).toHaveCount(0);

    // The reader's next visit shows it, as text.
    await reader.reload();
    const comment = reader.getByTestId('comment').filter({ hasText: `Comentario de prueba ${RUN}` });
    await expect(comment).toBeVisible();
    await expect(comment).toContainText('<script>window.__xss = "script"</script>');
    await expect(comment).toContainText(`${RUN} <b>negrita</b>`);
    await expectNothingInjected(reader, '[data-testid=comments]');
    // The e-mail is for moderators only.
    expect(await reader.content()).not.toContain(`vecina.${RUN}@example.pe`);
    expect(watch.dialogs).toEqual([]);
    expect(watch.cspRefusals).toEqual([]);
    await reader.context().close();
  });

  test('without JavaScript a reader opens the announcement from the server-rendered HTML', async ({ browser }) => {
    expect(newsPath, 'the first journey published the announcement').not.toBe('');
    const page = await anonymousPage(browser, false);
    // Found from the home page's HTML, as a reader would.
    await page.goto('/');
    // The home features a public meeting from the data, not a date written in the page: the next
    // (the demo summit on the default clock), the one under way, or with none ahead the latest
    // held (on a clock after the summit); its card links to its page.
    const featured = page.getByTestId('featured-meeting');
    await expect(featured.getByRole('heading', { level: 2 })).toHaveText(
      /^(Próxima reunión pública|Reunión pública en curso|Última reunión pública)$/,
    );
    await expect(featured.getByTestId('public-meeting').getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/reuniones-publicas\/[0-9a-f-]{36}$/,
    );
    await page.getByTestId('latest-announcements').getByRole('link', { name: NEWS_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`${newsPath}$`));

    await expect(page.getByTestId('announcement-title')).toHaveText(NEWS_TITLE);
    await expect(page.getByTestId('announcement-body').locator('strong')).toHaveText(
      'Presidencia del Consejo de Ministros',
    );
    await expect(page.getByTestId('comments').getByRole('heading', { level: 2 })).toContainText('Comentarios (1)');
    await expect(page.getByTestId('comment').filter({ hasText: `Comentario de prueba ${RUN}` })).toBeVisible();
    await expect(page.getByText('Tu correo electrónico nunca se publica', { exact: false })).toBeVisible();

    // Link previews and search engines read the head.
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', NEWS_TITLE);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /5 de diciembre/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${newsPath}$`));
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^http.*\.webp$/);
    const cover = page.getByRole('img', { name: 'Mapa de las seis regiones del norte del Perú' });
    await expect(cover).toHaveAttribute('srcset', /480w.*960w/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${newsPath}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\?lang=en$/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: NEWS_TITLE, commentCount: 1 });

    // Share links are plain links to the networks (no third-party script on the page).
    await expect(page.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
    const thirdParty = await page
      .locator('script[src]')
      .evaluateAll((scripts) =>
        scripts.map((s) => (s as HTMLScriptElement).src).filter((src) => !src.startsWith(location.origin)),
      );
    expect(thirdParty).toEqual([]);

    // Behind a reverse proxy (X-Forwarded-For on the page request) the page is still rendered on
    // the server, head and body, not handed to the browser as an empty shell.
    const proxied = await page.request.get(newsPath, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.status()).toBe(200);
    const proxiedHtml = await proxied.text();
    expect(proxiedHtml).toContain('property="og:title"');
    expect(proxiedHtml).toContain('data-testid="announcement-body"');

    // The English version of the page has its own address.
    await page.goto(`${newsPath}?lang=en`);
    await expect(page.getByTestId('comments').getByRole('heading', { level: 2 })).toContainText('Comments (1)');
    await page.context().close();
  });

  test('markup in an announcement body is sanitised: nothing runs on the public page', async ({
    browser,
    page: moderator,
  }) => {
    test.setTimeout(120_000);
    await signIn(moderator, MODERATOR);
    await moderator.goto('/app/anuncios/nuevo');
    await moderator
      .getByTestId('announcement-body-input')
      .fill(`Texto **visible** ${RUN}.\n\n${XSS_PAYLOADS.join('\n\n')}\n`);
    await moderator.getByTestId('md-preview-tab').click();
    await expect(moderator.getByTestId('md-preview')).toContainText(`visible ${RUN}`);
    await expectNothingInjected(moderator, '[data-testid=md-preview]');

    const title = `Prueba de seguridad ${RUN} <img src=x onerror=alert(8)>`;
    const path = await publishAnnouncement(moderator, {
      title,
      summary: 'Un anuncio con marcado peligroso en el texto. <script>alert(9)</script>',
      body: `Texto **visible** ${RUN}.\n\n${XSS_PAYLOADS.join('\n\n')}\n`,
    });

    const reader = await anonymousPage(browser);
    const watch = watchForScript(reader);
    await reader.goto(path);
    await expect(reader.getByTestId('announcement-title')).toHaveText(title);
    await expect(reader.getByTestId('announcement-body').locator('strong')).toHaveText('visible');
    await expectNothingInjected(reader, '[data-testid=announcement]');
    await reader.goto('/');
    await expect(reader.getByTestId('latest-announcements')).toContainText(title);
    await expectNothingInjected(reader, '[data-testid=latest-announcements]');
    expect(watch.dialogs).toEqual([]);
    await reader.context().close();
  });

  test('public meetings in Lima time with their .ics, an agency page, and a real 404', async ({ page, request }) => {
    expect(newsPath, 'the first journey published the announcement').not.toBe('');
    // The demo summit is public: among the upcoming meetings until it ends, the past ones after.
    await page.goto(demoSummitAhead ? '/reuniones-publicas' : '/reuniones-publicas?cuando=pasadas');
    const card = page.getByTestId('public-meeting').first();
    await expect(card).toContainText('hora de Lima');
    // After it (and only then), the card says it was held.
    await expect(card.getByTestId('public-meeting-held')).toHaveText(DEMO_SUMMIT_HELD_BADGE);
    await expect(card.getByRole('link', { name: 'Añadir a mi calendario (.ics)' })).toHaveAttribute('href', /\.ics$/);
    await card.getByRole('heading').getByRole('link').click();
    await expect(page.getByTestId('public-meeting-time')).toContainText('hora de Lima');
    const event = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(event).toMatchObject({ '@type': 'Event' });
    expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // From the evening of the summit, its published minutes: the two decisions, each with the agencies that adopted it.
    await expect(page.getByTestId('public-decision-endorsers')).toHaveCount(demoMinutesPublished ? 2 : 0);
    // And the announcements about it: the convocation, and this run's, tied to it in the editor.
    await expect(page.getByTestId('public-meeting-news')).toContainText('Convocatoria: los seis gobiernos regionales');
    await expect(page.getByTestId('public-meeting-news')).toContainText(NEWS_TITLE);

    await page.goto(newsPath);
    await page.getByRole('navigation', { name: 'Ruta de navegación' }).getByRole('link', { name: 'PCM' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presidencia del Consejo de Ministros');
    await expect(page.getByRole('link', { name: NEWS_TITLE })).toBeVisible();

    // The announcements' own address without a slug is the home, where they are listed.
    await page.goto('/anuncios');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('latest-announcements')).toBeVisible();

    const missing = await request.get('/anuncios/no-existe-este-anuncio');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Anuncio no encontrado');
  });

  test('home and an announcement at phone width (screenshots saved)', async ({ browser }) => {
    expect(newsPath, 'the first journey published the announcement').not.toBe('');
    const context = await newContextAtE2ENow(browser, { viewport: PHONE, locale: 'es-PE', timezoneId: 'America/Lima' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByTestId('latest-announcements').getByRole('heading', { level: 3 }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await saveShot(page, 'public-home-phone');

    await page.goto(newsPath);
    await expect(page.getByTestId('announcement-title')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await saveShot(page, 'public-announcement-phone');
    await context.close();
  });
});
