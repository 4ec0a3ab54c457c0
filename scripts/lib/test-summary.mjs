// Reads the summaries that jest, vitest and Playwright print and adds them up.
//   jest:       "Tests:       1 failed, 392 passed, 393 total"
//   vitest:     "Tests  1 failed | 11 passed (12)"
//   playwright: "  12 passed (30.1s)" / "  1 failed" / "  2 flaky" on lines of their own
// As a command: node scripts/lib/test-summary.mjs <log files...>  ->  "N passed, N failed"
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const count = (text, word) => Number(new RegExp(`(\\d+) ${word}`).exec(text)?.[1] ?? 0);

/** One line's counts, with the Nx project that printed it (`api: ...`), or undefined. */
export function parseSummaryLine(rawLine) {
  const line = rawLine.replace(ANSI, '').replace(/\r/g, '');
  // Nx prefixes a running task's lines with its project ("api: "); a task replayed from the
  // cache prints them bare, and jest's own "Tests: …" looks like a prefix, so try both ways.
  const prefixed = /^([\w-]+): (.*)$/.exec(line);
  return (prefixed && countsOf(prefixed[2], prefixed[1])) ?? countsOf(line, undefined);
}

function countsOf(body, project) {
  let m = /^\s*Tests:\s+(.*\d+ total)\s*$/.exec(body) ?? /^\s*Tests\s+(.*\(\d+\))\s*$/.exec(body);
  if (m) {
    return { project, passed: count(m[1], 'passed'), failed: count(m[1], 'failed'), skipped: count(m[1], 'skipped') };
  }
  m = /^\s+(\d+) (passed|failed|flaky|skipped|did not run|interrupted)( \([^)]*\))?\s*$/.exec(body);
  if (m) {
    const n = Number(m[1]);
    return {
      project: project ?? 'e2e',
      passed: m[2] === 'passed' || m[2] === 'flaky' ? n : 0,
      failed: m[2] === 'failed' || m[2] === 'interrupted' ? n : 0,
      skipped: m[2] === 'skipped' || m[2] === 'did not run' ? n : 0,
    };
  }
  return undefined;
}

/** The project of an Nx task header ("> nx run api:test-unit"), whose lines follow it. */
export function taskProjectOf(rawLine) {
  return /^> nx run ([\w-]+):/.exec(rawLine.replace(ANSI, ''))?.[1];
}

export function summarise(text) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const line of text.split('\n')) {
    const r = parseSummaryLine(line);
    if (!r) continue;
    total.passed += r.passed;
    total.failed += r.failed;
    total.skipped += r.skipped;
  }
  return total;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const total = summarise(
    process.argv
      .slice(2)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n'),
  );
  process.stdout.write(`${total.passed} passed, ${total.failed} failed\n`);
}
