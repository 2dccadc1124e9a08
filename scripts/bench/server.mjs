// @ts-check
// The server handler's cost (`npm run bench -- --only server`): the same list request (Auth0 dialect, 10
// invitations) sent to the emulator directly — with a token the client fetched itself — and through the handler in
// front of it, in the same run. The emulator and the handler run in processes of their own (server-process.ts),
// the client here, over HTTP on loopback with keep-alive connections.
// - Added latency: requests one at a time, the two kinds alternating; the medians and their difference.
// - Throughput: 200 requests in flight at all times for a fixed time; requests per second and errors, both kinds.
// The client is a minimal HTTP/1.1 load generator on raw keep-alive sockets (as wrk or autocannon are): on 2 cores
// it shares the CPU with both servers, so it must cost as little as it can.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { bundleForNode } from '../node-bundle.mjs';

/** Starts `node bundle args…` and resolves with the JSON line it prints when it listens. */
function startProcess(/** @type {string} */ bundle, /** @type {string[]} */ args) {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const line = text.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, info: JSON.parse(line) });
    });
    child.on('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
  });
}

/**
 * A keep-alive connection that sends one GET at a time and resolves with each answer's status once its body is in
 * (Content-Length or chunked).
 * @param {string} url @param {Record<string, string>} headers
 */
async function connection(url, headers) {
  const { hostname, port, pathname, search } = new URL(url);
  const head = Object.entries({ host: `${hostname}:${port}`, ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  const requestBytes = Buffer.from(`GET ${pathname}${search} HTTP/1.1\r\n${head}\r\n`);
  const socket = connect(Number(port), hostname);
  socket.setNoDelay(true);
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  /** @type {((status: number) => void) | undefined} */
  let done;
  /** @type {Buffer} */
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    const end = pending.indexOf('\r\n\r\n');
    if (end < 0) return;
    const header = pending.subarray(0, end).toString('latin1');
    const length = /\r\ncontent-length: *(\d+)/i.exec(header);
    const bodyStart = end + 4;
    let complete = -1;
    if (length) complete = pending.length >= bodyStart + Number(length[1]) ? bodyStart + Number(length[1]) : -1;
    else {
      const last = pending.indexOf('\r\n0\r\n\r\n', bodyStart - 2);
      complete = last < 0 ? -1 : last + 7;
    }
    if (complete < 0) return;
    pending = pending.subarray(complete);
    const status = Number(header.slice(9, 12));
    const resolve = done;
    done = undefined;
    resolve?.(status);
  });
  return {
    /** @returns {Promise<number>} */
    get: () =>
      new Promise((resolve) => {
        done = resolve;
        socket.write(requestBytes);
      }),
    close: () => socket.destroy(),
  };
}

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (/** @type {number[]} */ xs, /** @type {number} */ p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/**
 * @param {{ samples?: number, seconds?: number, concurrency?: number }} options
 */
export async function measureServer({ samples = 2000, seconds = 5, concurrency = 200 } = {}) {
  const [bundle] = await bundleForNode('bench-server', ['scripts/bench/server-process.ts']);
  const emulator = /** @type {{ child: import('node:child_process').ChildProcess, info: any }} */ (
    await startProcess(bundle, ['emulator'])
  );
  const handler = /** @type {{ child: import('node:child_process').ChildProcess, info: any }} */ (
    await startProcess(bundle, ['handler', JSON.stringify(emulator.info)])
  );
  try {
    // the baseline client's own token, as the handler gets one
    const token = await fetch(emulator.info.upstream.token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: 'bench_m2m',
        client_secret: 'bench-secret',
        audience: 'https://bench.invalid/api/v2/',
      }),
    }).then(async (r) => /** @type {{ access_token: string }} */ (await r.json()).access_token);
    const query = '?page=0&per_page=10';
    const kinds = {
      direct: { url: `${emulator.info.endpoint}${query}`, headers: { authorization: `Bearer ${token}` } },
      handler: { url: `${handler.info.url}${query}`, headers: {} },
    };
    const one = {
      direct: await connection(kinds.direct.url, kinds.direct.headers),
      handler: await connection(kinds.handler.url, kinds.handler.headers),
    };

    /** @type {Record<'direct' | 'handler', number[]>} */
    const times = { direct: [], handler: [] };
    for (let i = 0; i < samples + 200; i++) {
      for (const kind of /** @type {const} */ (i % 2 ? ['direct', 'handler'] : ['handler', 'direct'])) {
        const t0 = performance.now();
        const status = await one[kind].get();
        if (status !== 200) throw new Error(`${kind}: HTTP ${status}`);
        if (i >= 200) times[kind].push(performance.now() - t0); // the first 200 warm up
      }
    }

    one.direct.close();
    one.handler.close();

    /** @param {'direct' | 'handler'} kind */
    async function throughput(kind) {
      const connections = await Promise.all(
        Array.from({ length: concurrency }, () => connection(kinds[kind].url, kinds[kind].headers)),
      );
      let done = 0;
      let errors = 0;
      const until = performance.now() + seconds * 1000;
      const started = performance.now();
      await Promise.all(
        connections.map(async (c) => {
          while (performance.now() < until) {
            if ((await c.get()) === 200) done++;
            else errors++;
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      for (const c of connections) c.close();
      return { requests: done, errors, perSecond: done / elapsed };
    }
    const direct = await throughput('direct');
    const proxied = await throughput('handler');
    return {
      samples,
      concurrency,
      seconds,
      latency: {
        direct: { median: median(times.direct), p90: percentile(times.direct, 0.9) },
        handler: { median: median(times.handler), p90: percentile(times.handler, 0.9) },
        addedMedian: median(times.handler) - median(times.direct),
      },
      throughput: { direct, handler: proxied },
    };
  } finally {
    handler.child.kill();
    emulator.child.kill();
  }
}
