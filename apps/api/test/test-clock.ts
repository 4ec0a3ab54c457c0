/**
 * "Now" as the test apps see it: the real time, or, when the suite runs on another day
 * (`CLOCK_START=2027-03-15T10:00:00-05:00 npm test`), CLOCK_START's instant at the moment the run
 * began and running on from there. globalSetup notes that moment (TEST_CLOCK_ANCHOR) for every
 * worker, so that suites whose apps start minutes apart still agree on "now": what one publishes
 * last is the latest for all of them, as on the real clock. Fixtures that make future meetings
 * or deadlines count from here, and the test apps' clocks start here (testConfig).
 */
export function testNow(): Date {
  const start = process.env['CLOCK_START'];
  if (!start) return new Date();
  const anchor = Number(process.env['TEST_CLOCK_ANCHOR'] ?? Date.now());
  return new Date(Date.parse(start) + (Date.now() - anchor));
}
