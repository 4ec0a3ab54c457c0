import { ANNOUNCEMENT_SLUG_MAX_LENGTH } from '@cumbre/contracts';

/** "Convocatoria: ¡Cumbre del 5 de diciembre!" → "convocatoria-cumbre-del-5-de-diciembre". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ANNOUNCEMENT_SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
  return slug || 'anuncio';
}

/** The n-th alternative of a taken slug: base-2, base-3, … within the length limit. */
export function numberedSlug(base: string, n: number): string {
  const suffix = `-${n}`;
  return `${base.slice(0, ANNOUNCEMENT_SLUG_MAX_LENGTH - suffix.length).replace(/-+$/g, '')}${suffix}`;
}
