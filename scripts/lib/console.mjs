// One voice for the launcher scripts: every line is prefixed, every step says how long it took.
const started = Date.now();

export const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
export const sinceStart = () => seconds(started);

export function say(message) {
  process.stdout.write(`[cumbre] ${message}\n`);
}

export function warn(message) {
  process.stderr.write(`[cumbre] ${message}\n`);
}

/** Runs one named step, printing when it starts and how it ended. */
export async function step(title, fn) {
  const t = Date.now();
  say(`${title} ...`);
  try {
    const detail = await fn();
    say(`${title}: ${detail ?? 'done'} (${seconds(t)})`);
  } catch (err) {
    warn(`${title}: FAILED (${seconds(t)}): ${err instanceof Error ? err.message : String(err)}`);
    throw err;
  }
}
