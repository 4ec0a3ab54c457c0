import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for the API process, applied by main.ts before anything else is loaded (Node does
 * not take them in NODE_OPTIONS, so they cannot live in docker/app.Dockerfile).
 *
 * `--no-allocation-site-pretenuring`: V8 watches where objects are allocated, and when most of
 * a site's objects outlive a young-generation collection it starts allocating that site's
 * objects straight in the old generation. A request server meets that condition whenever its
 * requests are slow for a while (a burst of heavy reads: requests in flight for 15 ms span a
 * young collection), and the decision outlived the burst: the same sites then served every
 * later request — the public list, a comment — from the old generation, which V8 had to
 * mark-compact every 300 ms instead of a handful of times in a whole run. In the benchmark, an instance
 * that had served 11 s of agenda reads answered the cached public list at 11,000–13,000
 * requests a second with a p99 of 13–14 ms; a fresh one, or the same one with this flag, at
 * 17,000–19,500 with a p99 of 3 (bench/README.md, "Why an instance slowed down"). A request's
 * objects die young; the old generation holds what is meant to stay (caches, pools, code).
 */
export const V8_FLAGS = ['--no-allocation-site-pretenuring'] as const;

for (const flag of V8_FLAGS) setFlagsFromString(flag);
