// One scenario raced between servers with autocannon: a correctness check first (both answer
// the same JSON), then warm-up and measured runs, alternating the order of the servers from
// round to round, with every response's status and one field checked.
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';

/**
 * An autocannon run, with the latency of every answer in fractional milliseconds beside its
 * result. Autocannon's own histogram keeps whole milliseconds (a p50 under 1 ms reads 0, and a
 * ratio of two such p50s is 0/0) and only 2xx answers (an expected 304 would read nothing).
 */
function cannon(opts) {
  return new Promise((done, fail) => {
    const latencies = [];
    const instance = autocannon(opts, (err, result) => (err ? fail(err) : done({ ...result, latencies })));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    // No progress bar: the bench prints its own lines.
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/** The `p`th percentile (0–100) of ascending `sorted` values (nearest rank), to 0.01 ms; 0 when empty. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return +sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(2);
}

/** GET `path` once; the parsed body, or an Error describing what was wrong. */
async function fetchJson(url, request) {
  const res = await fetch(url + request.path, {
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body,
  });
  const text = await res.text();
  if (res.status !== (request.status ?? 200))
    throw new Error(`${url}${request.path} answered ${res.status}: ${text.slice(0, 300)}`);
  // A 304 has no body: the status is the answer. A page is checked as text.
  if (res.status === 304) return { status: 304, etag: res.headers.get('etag') };
  return request.text ? { text, contentType: res.headers.get('content-type') } : JSON.parse(text);
}

/** Both servers must answer the same JSON, and it must pass the scenario's check. */
export async function checkSameAnswer(scenario, request, servers) {
  const bodies = [];
  for (const s of servers) {
    // Answers to compare: the same request to each server. Answers alike, not the same (a new
    // comment each): a varying request is varied for each server, as a repeat could be refused.
    const v = scenario.sameAnswer === false ? request.vary?.(request.sent++) : undefined;
    const body = await fetchJson(
      s.url,
      v ? { ...request, ...v, headers: { ...request.headers, ...v.headers } } : request,
    );
    const problem = scenario.check(body);
    if (problem !== true) throw new Error(`${scenario.name}: ${s.label}'s answer fails the check (${problem})`);
    bodies.push(body);
  }
  if (scenario.sameAnswer === false) return;
  for (let i = 1; i < bodies.length; i++) {
    if (!isDeepStrictEqual(bodies[0], bodies[i])) {
      throw new Error(
        `${scenario.name}: ${servers[i].label} and ${servers[0].label} answer different JSON:\n` +
          `${JSON.stringify(bodies[i]).slice(0, 600)}\n---\n${JSON.stringify(bodies[0]).slice(0, 600)}`,
      );
    }
  }
}

/**
 * One autocannon run against one server; `wrong` counts answers with a bad status or field.
 * A request with `vary(n)` changes each request (n counts on across runs and servers: a
 * different announcement, sender or body every time); `onAnswer(status, body)` sees each answer.
 */
async function measure(server, request, scenario, seconds, connections) {
  let wrong = 0;
  let checked = 0;
  const setupRequest = request.vary
    ? (req) => {
        const v = request.vary(request.sent++);
        return { ...req, ...v, headers: { ...req.headers, ...v.headers } };
      }
    : undefined;
  const result = await cannon({
    url: server.url,
    connections,
    pipelining: 1,
    duration: seconds,
    requests: [
      {
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers,
        body: request.body,
        ...(setupRequest ? { setupRequest } : {}),
        onResponse: (status, body) => {
          checked++;
          if (status !== (request.status ?? 200) || !scenario.quickCheck(body)) wrong++;
          request.onAnswer?.(server.label, status, body);
        },
      },
    ],
  });
  const latencies = Float64Array.from(result.latencies).sort();
  return {
    reqPerSec: result.requests.average,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    // An expected 304 is not a failure; any other status is counted in `wrong`.
    non2xx: (request.status ?? 200) < 300 ? result.non2xx : 0,
    wrong,
    checked,
    total: result.requests.total,
  };
}

/**
 * Races `servers` (first is Cumbre) on `scenario`: per round a warm-up then a measured run on
 * each server, the order reversed every other round. Figures: req/s averaged over the rounds,
 * p50 averaged, p99 the worst round; errors, non-2xx and wrong answers summed. `beforeRun`, if
 * given, is awaited before each server's warm-up (a write scenario's CHECKPOINT: run.mjs).
 */
export async function race(
  scenario,
  request,
  servers,
  { rounds, warmupSeconds, seconds, connections, log, beforeRun },
) {
  const runs = new Map(servers.map((s) => [s.label, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const s of order) {
      if (beforeRun) await beforeRun();
      if (warmupSeconds > 0) await measure(s, request, scenario, warmupSeconds, connections);
      const r = await measure(s, request, scenario, seconds, connections);
      log(
        `  round ${round + 1} ${s.label.padEnd(10)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms`,
      );
      runs.get(s.label).push(r);
    }
  }
  const summary = {};
  for (const [label, rs] of runs) {
    const sum = (k) => rs.reduce((t, r) => t + r[k], 0);
    summary[label] = {
      reqPerSec: Math.round(sum('reqPerSec') / rs.length),
      p50: +(sum('p50') / rs.length).toFixed(2),
      p99: Math.max(...rs.map((r) => r.p99)),
      errors: sum('errors'),
      non2xx: sum('non2xx'),
      wrong: sum('wrong'),
      checked: sum('checked'),
      rounds: rs,
    };
  }
  return summary;
}
