import type { Browser, Page } from '@playwright/test';
import { expect, newContextAtE2ENow, test } from './e2e-clock';
import { MODERATOR, signIn } from './support';

// Reader flags (issue 11): a reply that three distinct readers report is hidden pending review;
// under its visible parent it reads "comentario retirado por moderación"; a moderator restores it
// from the reported queue. Readers are told apart by their network address: each plays from its
// own (the API trusts X-Forwarded-For in the journeys, as behind a proxy). Public pages carry no
// cookie, so the comment and the flags are posted without one.
const RUN = Date.now().toString(36);
let nextIp = 10 + Math.floor(Math.random() * 200);

/**
 * A reader with an address of their own on the API's requests (the pages go without the header:
 * Angular's server renders a request with an untrusted X-Forwarded-For in the browser instead).
 */
async function reader(browser: Browser): Promise<Page> {
  const context = await newContextAtE2ENow(browser, { locale: 'es-PE', timezoneId: 'America/Lima' });
  const ip = `203.0.113.${nextIp++}`;
  await context.route('**/api/**', (route) =>
    route.continue({ headers: { ...route.request().headers(), 'x-forwarded-for': ip } }),
  );
  return context.newPage();
}

async function comment(
  page: Page,
  form: ReturnType<Page['locator']>,
  who: { name: string; email: string; text: string },
) {
  await form.getByLabel('Nombre *').fill(who.name);
  await form.getByLabel('Correo electrónico *').fill(who.email);
  await form.getByLabel('Comentario *').fill(who.text);
  await form.getByRole('button', { name: /Publicar/ }).click();
  await expect(page.getByTestId('comment-submitted')).toContainText('pendiente de moderación');
}

async function approveInQueue(moderator: Page, text: string, queue: 'pendientes' | 'reportados' = 'pendientes') {
  await moderator.goto(queue === 'reportados' ? '/app/moderacion?cola=reportados' : '/app/moderacion');
  const item = moderator.getByTestId('moderation-item').filter({ hasText: text });
  await item.getByTestId('approve').click();
  await expect(moderator.getByText('Comentario aprobado y publicado.')).toBeVisible();
  await expect(item).toHaveCount(0);
}

test('a reply flagged by three readers is hidden under its parent, and a moderator restores it from the queue', async ({
  browser,
  page: moderator,
}) => {
  test.setTimeout(180_000);
  await signIn(moderator, MODERATOR);
  await moderator.goto('/app/anuncios/nuevo');
  const title = `Balance de la mesa de seguridad (e2e ${RUN})`;
  await moderator.getByLabel('Título').fill(title);
  await moderator.getByLabel('Resumen').fill('Lo que acordaron las regiones del norte sobre la extorsión.');
  await moderator.getByTestId('announcement-body-input').fill('Las regiones acordaron un **plan conjunto**.');
  await moderator.getByTestId('save-announcement').click();
  await expect(moderator).toHaveURL(/\/app\/anuncios\/[0-9a-f-]{36}$/);
  await moderator.getByTestId('move-published').click();
  await moderator.getByTestId('confirm-announcement-status-yes').click();
  await expect(moderator.getByTestId('announcement-status-label')).toContainText('Publicado');
  const path = (await moderator.getByTestId('view-public').getAttribute('href')) as string;

  // A first reader comments; approved, it is the visible parent.
  const parentText = `Comentario principal ${RUN}`;
  const first = await reader(browser);
  const firstVisit = await first.goto(path);
  expect(await firstVisit?.headerValue('set-cookie')).toBeNull();
  await comment(first, first.locator('form.comment-form').last(), {
    name: 'Vecino de Tumbes',
    email: `tumbes.${RUN}@example.pe`,
    text: parentText,
  });
  await approveInQueue(moderator, parentText);

  // A second reader replies to it; held (a first comment from this address), then approved.
  const replyText = `Respuesta ofensiva ${RUN}`;
  const second = await reader(browser);
  await second.goto(path);
  const parent = second.getByTestId('comment').filter({ hasText: parentText });
  await parent.getByRole('button', { name: 'Responder a Vecino de Tumbes' }).click();
  await comment(second, second.locator('form.comment-form').filter({ hasText: 'Tu respuesta a Vecino de Tumbes' }), {
    name: 'Lectora de Piura',
    email: `piura.${RUN}@example.pe`,
    text: replyText,
  });
  await approveInQueue(moderator, replyText);

  // Three distinct readers report the reply.
  for (let i = 0; i < 3; i++) {
    const flagger = await reader(browser);
    await flagger.goto(path);
    const reply = flagger.getByTestId('comment').filter({ hasText: replyText });
    await reply.getByRole('button', { name: 'Reportar' }).click();
    await reply.getByRole('button', { name: 'Enviar reporte' }).click();
    await expect(reply.getByRole('status')).toHaveText('Gracias. Un moderador revisará el comentario.');
    await flagger.context().close();
  }

  // Hidden pending review: the parent stays, the reply leaves a placeholder in its place.
  await first.reload();
  await expect(first.getByTestId('comment').filter({ hasText: parentText })).toBeVisible();
  await expect(first.getByTestId('comments')).not.toContainText(replyText);
  await expect(first.getByTestId('comment-withdrawn')).toHaveText('comentario retirado por moderación');

  // The moderator finds it among the reported comments and restores it.
  await moderator.goto('/app/moderacion?cola=reportados');
  const flagged = moderator.getByTestId('moderation-item').filter({ hasText: replyText });
  await expect(flagged).toContainText('Oculto por reportes');
  await approveInQueue(moderator, replyText, 'reportados');
  await first.reload();
  await expect(first.getByTestId('comment').filter({ hasText: replyText })).toBeVisible();
  await expect(first.getByTestId('comment-withdrawn')).toHaveCount(0);

  await first.context().close();
  await second.context().close();
});
