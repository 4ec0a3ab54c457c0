import type { NotePlace } from '@cumbre/contracts';

/** "Trujillo, PE-LAL" / "PE-PIU": a place as short as it can be said. */
export function placeText(place: NotePlace): string {
  return [place.city, place.province, place.regionCode]
    .filter((part, i, all) => part && all.indexOf(part) === i)
    .join(', ');
}
