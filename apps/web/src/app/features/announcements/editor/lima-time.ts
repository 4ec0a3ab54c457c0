// The schedule field is a `datetime-local` read as Lima's wall time. Lima keeps UTC−5 all year
// (no daylight saving since 1994), so the conversion is a fixed offset.
const LIMA_OFFSET = '-05:00';
const LIMA_OFFSET_MS = -5 * 60 * 60 * 1000;

/** "2026-12-05T09:00" (Lima) → "2026-12-05T14:00:00.000Z"; null when empty or malformed. */
export function limaInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = new Date(`${value}:00${LIMA_OFFSET}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The inverse, for showing a stored instant in the field. */
export function isoToLimaInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Date(at.getTime() + LIMA_OFFSET_MS).toISOString().slice(0, 16);
}
