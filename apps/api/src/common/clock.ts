// The API's one source of "now" for the domain: upcoming and past meetings, poll deadlines,
// "slot in the past" checks, the demo's statuses. Infrastructure times (token expiry, outbox
// retries, audit timestamps) stay on the real clock.

/** What services ask for the current instant; injected, so tests and journeys can set it. */
export abstract class Clock {
  abstract now(): Date;
}

/**
 * The real time, optionally shifted: `startingAt(t)` makes the clock read `t` now and run on from
 * there (CLOCK_START for browser journeys and date-independent runs; tests that care about
 * dates set it on the running app).
 */
export class SystemClock extends Clock {
  private offsetMs = 0;

  constructor(startAt?: Date) {
    super();
    if (startAt) this.startingAt(startAt);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  startingAt(instant: Date): this {
    this.offsetMs = instant.getTime() - Date.now();
    return this;
  }

  get shifted(): boolean {
    return this.offsetMs !== 0;
  }
}
