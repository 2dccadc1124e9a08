/// <reference types="node" />
/**
 * The two servers of the handler bench (scripts/bench/server.mjs), each in a process of its own so the client, the
 * handler and the emulator do not share one event loop:
 *   node server-process.mjs emulator            the Auth0 emulator over HTTP, requiring credentials
 *   node server-process.mjs handler '<json>'    the server handler in front of it ({ api, token } from the first)
 * Each prints one JSON line when it listens, then serves until killed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorServer } from '../../src/emulator/node.js';
import { createInvitationsHandler, toNodeListener } from '../../src/server/index.js';

export const BENCH_CREDENTIALS = { domain: 'bench.invalid', clientId: 'bench_m2m', clientSecret: 'bench-secret' };

const [role, config] = process.argv.slice(2);
if (role === 'emulator') {
  const server = await createEmulatorServer({
    count: 60,
    seed: 3,
    credentials: { auth0: { clientId: BENCH_CREDENTIALS.clientId, clientSecret: BENCH_CREDENTIALS.clientSecret } },
  });
  console.log(
    JSON.stringify({
      upstream: server.upstreams.auth0,
      endpoint: server.endpoints.auth0,
      orgId: server.emulators.auth0.orgId,
    }),
  );
} else if (role === 'handler') {
  const { upstream, orgId } = JSON.parse(config) as { upstream: { api: string; token: string }; orgId: string };
  const handler = createInvitationsHandler({
    provider: 'auth0',
    credentials: BENCH_CREDENTIALS,
    endpoints: upstream,
    organization: () => orgId,
    authorize: () => true,
  });
  const server = createServer(toNodeListener(handler));
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/invitations` }));
  });
} else {
  throw new Error(`usage: server-process.mjs emulator | handler '<json>'`);
}

// exit (rather than die) when the bench is done, so `--cpu-prof` can write its profile
process.on('SIGTERM', () => process.exit(0));
