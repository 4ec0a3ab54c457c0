import { expect, type Page } from '@playwright/test';

/** Every demo account shares this password (printed by `npm start`). */
export const DEMO_PASSWORD = process.env['E2E_DEMO_PASSWORD'] ?? 'Cumbre-Demo-2026!';

/** The demo summit (apps/api/src/demo/meetings-demo.ts), 5 December 2026 in Piura. */
export const DEMO_SUMMIT_TITLE = 'Cumbre de Seguridad Ciudadana — Macro-región Norte';

export interface DemoAccount {
  email: string;
  displayName: string;
}

export const ADMIN: DemoAccount = {
  email: 'admin@cumbre.demo',
  displayName: 'Rosa Huamaní Villegas',
};
export const MODERATOR: DemoAccount = {
  email: 'moderador@cumbre.demo',
  displayName: 'Diego Salazar Rivas',
};
export const LEADER: DemoAccount = {
  email: 'presidencia.piura@cumbre.demo',
  displayName: 'Marisol Chunga Purizaca',
};
export const STAFF: DemoAccount = {
  email: 'staff.piura@cumbre.demo',
  displayName: 'Andrea Zapata Ruesta',
};
export const ANALYST: DemoAccount = {
  email: 'analista.lalibertad@cumbre.demo',
  displayName: 'Patricia Gamboa Rebaza',
};
/** The President of the Council of Ministers: the demo summit's convener. */
export const PCM_LEADER: DemoAccount = {
  email: 'presidencia.pcm@cumbre.demo',
  displayName: 'Ricardo Valdivia Torrealva',
};
export const PCM_STAFF: DemoAccount = {
  email: 'staff.pcm@cumbre.demo',
  displayName: 'Miguel Rojas Lévano',
};
export const LA_LIBERTAD_STAFF: DemoAccount = {
  email: 'staff.lalibertad@cumbre.demo',
  displayName: 'Luis Gamarra Cueva',
};
/** Member of GR Lambayeque and ANGR: the one who gets the agency switcher. */
export const LIAISON: DemoAccount = {
  email: 'enlace.norte@cumbre.demo',
  displayName: 'Jorge Inga Saavedra',
};

export async function signIn(page: Page, account: DemoAccount, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/ingresar');
  await page.getByLabel('Correo institucional').fill(account.email);
  await page.getByLabel('Contraseña', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hola, ${account.displayName}`);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
  await expect(page).toHaveURL(/\/ingresar/);
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Navegación principal' });
}
