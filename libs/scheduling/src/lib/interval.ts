/** A span of time, start inclusive and end exclusive (a meeting ending at 10:00 does not clash with one starting at 10:00). */
export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

export function isValidRange(range: TimeRange): boolean {
  const s = range.startsAt.getTime();
  const e = range.endsAt.getTime();
  return Number.isFinite(s) && Number.isFinite(e) && e > s;
}

/** True when the two half-open ranges share at least one instant. */
export function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}
