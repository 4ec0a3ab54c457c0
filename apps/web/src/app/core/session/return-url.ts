/** Where a user who must enrol a second factor is taken first. */
export const TWO_FACTOR_PAGE = '/app/cuenta/doble-factor';

/**
 * The staff pages a session limited to enrolling can use. The API answers it 403
 * (`auth.two_factor_enrolment_required`) everywhere else, so every other page would only fail.
 */
export const ENROLMENT_PAGES: readonly string[] = [TWO_FACTOR_PAGE, '/app/cuenta/sesiones', '/app/cambiar-contrasena'];

/** Only paths inside the staff area, so a crafted link cannot send the user elsewhere. */
export function safeReturnUrl(value: string | undefined): string {
  return value && /^\/app(\/|$|\?)/.test(value) && !value.startsWith('//') ? value : '/app';
}

/** The enrolment page, remembering where the user was going (the page returns there once done). */
export function enrolmentUrl(returnTo: string | undefined): string {
  const target = safeReturnUrl(returnTo);
  return target === '/app' ? TWO_FACTOR_PAGE : `${TWO_FACTOR_PAGE}?volver=${encodeURIComponent(target)}`;
}
