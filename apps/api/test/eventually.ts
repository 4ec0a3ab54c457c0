/**
 * Retries `check` every 50 ms until it passes, for effects that arrive a moment after the commit
 * (cache drops and events carried by NOTIFY); after `ms` its last failure is thrown.
 */
export async function eventually(check: () => Promise<void> | void, ms = 4000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
