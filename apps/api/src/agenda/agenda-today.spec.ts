import type { DataSource } from 'typeorm';
import type { SqlReader } from '../database/sql-reader';
import { Clock } from '../common/clock';
import type { MeetingQueries } from '../meetings/meeting-queries.service';
import { AgendaQueries } from './agenda-queries.service';

class SetClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

describe('AgendaQueries.today (the action plan’s day, in Lima)', () => {
  const clock = new SetClock(new Date('2026-12-05T04:59:00Z'));
  const queries = new AgendaQueries({} as DataSource, {} as MeetingQueries, clock, {} as SqlReader);

  it('turns at midnight in Lima, though it keeps its answer for the minute', () => {
    expect(queries.today()).toBe('2026-12-04');
    clock.at = new Date('2026-12-05T04:59:59.999Z');
    expect(queries.today()).toBe('2026-12-04');
    clock.at = new Date('2026-12-05T05:00:00Z');
    expect(queries.today()).toBe('2026-12-05');
  });

  it('follows the clock backwards and across years', () => {
    clock.at = new Date('2027-03-15T12:00:00Z');
    expect(queries.today()).toBe('2027-03-15');
    clock.at = new Date('2026-01-01T04:59:00Z');
    expect(queries.today()).toBe('2025-12-31');
  });
});
