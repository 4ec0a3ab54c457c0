import { SystemClock } from '../src/common/clock';

/**
 * "Now" as the test apps see it: the real time, or CLOCK_START's date when the suite runs on
 * another day. Fixtures that make future meetings or deadlines count from here.
 */
export function testNow(): Date {
  const start = process.env['CLOCK_START'];
  return start ? new SystemClock(new Date(start)).now() : new Date();
}
