/**
 * Generated attacks on the handler, over real HTTP on loopback with raw request targets (as `curl --path-as-is`
 * sends them), in front of the emulators. For each provider:
 * - every request the handler must refuse (traversal in every encoding, other paths and methods, malformed ids,
 *   cross-site unsafe requests, non-JSON and oversized bodies, fields outside the allow-list or the policy) gets its
 *   documented status in the provider's error shape, and the handler sends nothing upstream — not even a token
 *   request;
 * - every request it may forward (header and query injection, other organizations named by the browser) reaches the
 *   provider only as one of its invitation routes, for the server's organization, with allow-listed query
 *   parameters and headers, and the browser gets the provider's status.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmulatorServer } from '../../src/emulator/node.js';
import { AUTH0_ROLES } from '../../src/emulator/auth0.js';
import { BUILTIN_ADAPTERS } from '../../src/providers/providers.js';
import { SERVER_DIALECTS, type CreatePolicy } from '../../src/server/index.js';
import {
  ORGS,
  PROVIDERS,
  raw,
  sameOrigin,
  secretsOf,
  startEmulators,
  startHandler,
  type ProviderName,
  type RawResponse,
  type Started,
} from './support.js';

/** The statuses the README's threat model documents for a refusal. */
const STATUS = { notARoute: 404, crossSite: 403, notJson: 415, badBody: 400, tooLarge: 413 } as const;

const BODY_LIMIT = 4096;
const AUTH0_CLIENT = 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww';
const POLICY: Record<ProviderName, CreatePolicy> = {
  auth0: {
    clientId: AUTH0_CLIENT,
    inviterName: 'Ada Admin',
    roles: [AUTH0_ROLES[1].value],
    emailDomains: ['example.com'],
  },
  clerk: { roles: ['org:member'], inviterUserId: 'user_2u8jzPde0IgxLd6GncfBAepfJBd', emailDomains: ['example.com'] },
  upsun: { roles: ['billing'], emailDomains: ['example.com'] },
};
/** A create item within the policy, for `email`. */
const VALID: Record<ProviderName, (email: string) => Record<string, unknown>> = {
  auth0: (email) => ({ invitee: { email }, roles: [AUTH0_ROLES[1].value] }),
  clerk: (email) => ({ email_address: email, role: 'org:member' }),
  upsun: (email) => ({ email, permissions: ['billing'] }),
};
/** Create items each outside the allow-list or the policy. */
const OUTSIDE: Record<ProviderName, Record<string, unknown>[]> = {
  auth0: [
    { invitee: { email: 'a@example.com' }, roles: [AUTH0_ROLES[0].value] },
    { invitee: { email: 'a@example.com' }, organization_id: 'org_other' },
  ],
  clerk: [
    { email_address: 'a@example.com', role: 'org:admin' },
    { email_address: 'a@example.com', role: 'org:member', organization_id: 'org_other' },
  ],
  upsun: [
    { email: 'a@example.com', permissions: ['admin'] },
    { email: 'a@example.com', permissions: ['billing'], organization_id: 'OTHER' },
  ],
};
const ANY_PROVIDER_OUTSIDE = (provider: ProviderName): unknown[] => [
  ...OUTSIDE[provider],
  { ...VALID[provider]('a@evil.example') },
  JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(VALID[provider]('a@example.com')).slice(1)}`),
  JSON.parse(`{"constructor":{"prototype":{"admin":true}},"x":1}`),
  {},
  null,
  [],
  'a@example.com',
  42,
];

interface Attack {
  what: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
}

/** Percent-encodes every byte of a text that is not unreserved (a raw path must be ASCII). */
const encodeAll = (text: string) =>
  [...new TextEncoder().encode(text)]
    .map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16)}`))
    .join('');

const DOT_DOTS = [
  '..',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '%252e%252e',
  '%c0%ae%c0%ae',
  '%e0%80%ae%e0%80%ae',
  encodeAll('．．'),
  '..%00',
  '..;',
  '...',
];
const SEPARATORS = ['/', '%2f', '%2F', '\\', '%5c', '%255c', '//', '/./'];

/** Paths of the tenant beyond the invitations: what a careless proxy hands over. */
const BEYOND: Record<ProviderName, string[]> = {
  auth0: ['users', 'users?fields=email', 'clients', 'organizations/org_other/invitations', 'roles', 'tenants/settings'],
  clerk: [
    'users',
    'organizations/org_other/invitations',
    'organizations/org_other/memberships',
    'sessions',
    'jwks',
    'instance',
  ],
  upsun: ['me', 'organizations/01HZY3N5QF9V8K2M4R6T7W8X9Z/invitations', 'projects', 'users', 'ref/users', 'tickets'],
};

/** Every attack the handler must refuse, for one provider. */
function refusals(provider: ProviderName, base: string): Attack[] {
  const kit = BUILTIN_ADAPTERS[provider];
  const routes = Object.values(kit.routes);
  const json = sameOrigin(base);
  const attacks: Attack[] = [];
  const methods = ['GET', 'POST', 'DELETE'];

  // traversal in every encoding, to every path beyond the invitations, one to three levels up
  let n = 0;
  for (const dots of DOT_DOTS)
    for (const sep of SEPARATORS)
      for (const target of BEYOND[provider])
        for (const depth of [1, 3]) {
          const climb = Array.from({ length: depth }, () => dots).join(sep);
          const method = methods[n++ % methods.length];
          attacks.push({
            what: `traversal ${JSON.stringify(dots)} ${JSON.stringify(sep)} ×${depth}`,
            method,
            path: `/api/invitations${sep}${climb}${sep}${target}`,
            headers: method === 'GET' ? {} : json,
            body: method === 'POST' ? JSON.stringify(VALID[provider]('a@example.com')) : undefined,
            status: STATUS.notARoute,
          });
        }

  // the collection and one invitation, reached by other methods, and ids outside the provider's grammar
  const sampleId = {
    auth0: 'uinv_0123456789abcdef',
    clerk: 'orginv_2u8jzPde0IgxLd6GncfBAepfJBd',
    upsun: '5b2f3d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  }[provider];
  const shapes = [...new Set(['', ':id', ':id/revoke', 'bulk', ':id/resend', ...routes.map((r) => r.path)])];
  for (const shape of shapes)
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'HEAD', 'MERGE']) {
      const path = shape.replace(':id', sampleId);
      if (routes.some((r) => r.method === method && r.path === shape)) continue;
      attacks.push({
        what: `${method} ${shape || '(collection)'}`,
        method,
        path: `/api/invitations${path ? `/${path}` : ''}`,
        headers: json,
        body: method === 'GET' || method === 'HEAD' ? undefined : '{}',
        status: STATUS.notARoute,
      });
    }
  const badIds = [
    'x'.repeat(300),
    `${sampleId}${'0'.repeat(200)}`,
    '%00',
    '%20',
    'a%2fb',
    `${sampleId}%0d%0aX-Injected:%201`,
    `${sampleId};drop`,
    '*',
    '..',
    '.',
    encodeAll('ïnv'),
    '',
    ' ',
    '%25',
    `${sampleId}/..`,
    `../${sampleId}`,
    `${sampleId}/revoke/extra`,
  ];
  for (const route of routes.filter((r) => r.path.includes(':id')))
    for (const id of badIds) {
      attacks.push({
        what: `${route.method} ${route.path} with the id ${JSON.stringify(id.slice(0, 30))}`,
        method: route.method,
        path: `/api/invitations/${route.path.replace(':id', id)}`.replace(/ /g, '%20'),
        headers: json,
        body: route.method === 'POST' ? '{}' : undefined,
        status: STATUS.notARoute,
      });
    }
  for (const path of [
    '/api/invitations//',
    '//api/invitations',
    '/api//invitations',
    '/api/invitations/.',
    '/API/INVITATIONS',
    '/api/invitations.json',
    '/api/invitationsx',
    '/api',
    '/',
    '/api/v2/organizations/org_demo/invitations',
    `/api/invitations/${'a/'.repeat(300)}`,
    `/api/invitations${'/'.repeat(40)}users`,
    '/api/invitations%2f..%2f..%2fusers',
    '/api/invitations/%2e',
    '/api/invitations/%2e%2e',
  ])
    attacks.push({ what: `the path ${path.slice(0, 40)}`, method: 'GET', path, status: STATUS.notARoute });

  // unsafe requests from another site: every unsafe route, every way of being cross-site
  const crossSite: Record<string, string>[] = [
    { origin: 'https://evil.example' },
    { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    { origin: 'null' },
    { origin: `${base}.evil.example` },
    { origin: base.replace('127.0.0.1', 'localhost') },
    { origin: base.replace(/:\d+$/, ':1') },
    { origin: `https://${new URL(base).host}.evil.example`, 'sec-fetch-site': 'same-origin' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
    { origin: 'garbage' },
    { origin: base, 'sec-fetch-site': 'cross-site' },
  ];
  for (const route of routes.filter((r) => r.method !== 'GET'))
    for (const headers of crossSite)
      for (const contentType of ['application/json', 'text/plain']) {
        const body =
          route.body === 'array'
            ? [VALID[provider]('a@example.com')]
            : route.path
              ? {}
              : VALID[provider]('a@example.com');
        attacks.push({
          what: `cross-site ${route.method} ${route.path || '(collection)'} ${JSON.stringify(headers)}`,
          method: route.method,
          path: `/api/invitations/${route.path.replace(':id', sampleId)}`.replace(/\/$/, ''),
          headers: { ...headers, 'content-type': contentType },
          body: JSON.stringify(body),
          status: STATUS.crossSite,
        });
      }

  // bodies: not JSON by type, not JSON by content, too large, outside the allow-list or the policy
  const posts = routes.filter((r) => r.method === 'POST');
  for (const route of posts) {
    const path = `/api/invitations/${route.path.replace(':id', sampleId)}`.replace(/\/$/, '');
    const valid =
      route.body === 'array' ? [VALID[provider]('a@example.com')] : route.path ? {} : VALID[provider]('a@example.com');
    for (const contentType of [
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      'application/json-patch+json',
      'text/json',
      'application/xml',
      'application/json5',
      '',
    ]) {
      const headers: Record<string, string> = { origin: base, 'sec-fetch-site': 'same-origin' };
      if (contentType !== undefined) headers['content-type'] = contentType;
      attacks.push({
        what: `${route.path || 'create'} as ${contentType ?? 'no content-type'}`,
        method: 'POST',
        path,
        headers,
        body: JSON.stringify(valid),
        status: STATUS.notJson,
      });
    }
    for (const text of [
      '{',
      '{"invitee":',
      "{'a':1}",
      'undefined',
      'NaN',
      '\u0000',
      '{"a":1}}',
      '[1,]',
      'email=a@example.com',
    ])
      attacks.push({
        what: `${route.path || 'create'} with ${JSON.stringify(text)}`,
        method: 'POST',
        path,
        headers: json,
        body: text,
        status: STATUS.badBody,
      });
    for (const size of [BODY_LIMIT + 1, BODY_LIMIT * 4, 1_000_000])
      attacks.push({
        what: `${route.path || 'create'} of ${size} bytes`,
        method: 'POST',
        path,
        headers: json,
        body: JSON.stringify({ ...VALID[provider]('a@example.com'), pad: 'x'.repeat(size) }),
        status: STATUS.tooLarge,
      });
  }
  const creates = posts.filter((r) => r.body);
  for (const route of creates.filter((r) => !r.path.includes(':id'))) {
    const path = `/api/invitations${route.path ? `/${route.path}` : ''}`;
    for (const item of ANY_PROVIDER_OUTSIDE(provider)) {
      const body = route.body === 'array' ? [VALID[provider]('ok@example.com'), item] : item;
      attacks.push({
        what: `${route.path || 'create'} with ${JSON.stringify(item)?.slice(0, 60)}`,
        method: 'POST',
        path,
        headers: json,
        body: JSON.stringify(body),
        status: STATUS.badBody,
      });
    }
    if (route.body === 'array') {
      const many = Array.from({ length: (route.maxItems ?? 1) + 1 }, (_, i) => VALID[provider](`p${i}@example.com`));
      attacks.push({
        what: 'a bulk create over the bulk size',
        method: 'POST',
        path,
        headers: json,
        body: JSON.stringify(many),
        status: STATUS.badBody,
      });
      attacks.push({
        what: 'an empty bulk create',
        method: 'POST',
        path,
        headers: json,
        body: '[]',
        status: STATUS.badBody,
      });
    }
  }
  for (const route of posts.filter((r) => r.path.includes(':id')))
    for (const body of ['{"reason":"x"}', '[]', '"x"', '{"__proto__":{}}'])
      attacks.push({
        what: `${route.path} with ${body}`,
        method: 'POST',
        path: `/api/invitations/${route.path.replace(':id', sampleId)}`,
        headers: json,
        body,
        status: STATUS.badBody,
      });
  return attacks;
}

/** Requests the handler may forward: header and query injection, other organizations named by the browser. */
function forwardable(provider: ProviderName, base: string): Omit<Attack, 'status'>[] {
  const list = BUILTIN_ADAPTERS[provider].routes.list;
  const [first] = list.query!;
  const queries = [
    `?${first}=1&fields=email,user_id&include_fields=true`,
    '?organization_id=org_other&org=org_other&organization=org_other',
    `?${first}=1&${first}=2&${first}=3`,
    `?${encodeAll(first)}=1`,
    `?${first}=1%0d%0aAuthorization:%20Bearer%20stolen`,
    `?${first}=${'9'.repeat(300)}`,
    '?__proto__[admin]=1&constructor[prototype][admin]=1',
    `?${first}=1#fragment`,
    `?${first}[]=1`,
    '?q=*&search_engine=v1&connection=Username-Password',
    `?redirect_url=https://evil.example&${first}=1`,
    `?${Array.from({ length: 40 }, (_, i) => `${first}=${i}`).join('&')}`,
    '?access_token=stolen&api_key=stolen',
  ];
  const headers: Record<string, string>[] = [
    { authorization: 'Bearer stolen' },
    { cookie: 'session=stolen' },
    { host: 'evil.example' },
    { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http', forwarded: 'host=evil.example' },
    { 'x-http-method-override': 'DELETE', 'x-method-override': 'DELETE' },
    { 'x-original-url': '/api/v2/users', 'x-rewrite-url': '/api/v2/users' },
    { 'x-organization-id': 'org_other', 'x-org': 'org_other' },
    { 'clerk-api-version': '2020-01-01', 'auth0-client': 'stolen' },
    { accept: 'text/html' },
    { 'content-type': 'text/plain', 'content-length': '0' },
  ];
  return [
    ...queries.map((query) => ({
      what: `list ${query.slice(0, 50)}`,
      method: 'GET',
      path: `/api/invitations${query}`,
    })),
    ...headers.map((h) => ({
      what: `list with ${JSON.stringify(h)}`,
      method: 'GET',
      path: '/api/invitations',
      headers: h,
    })),
    {
      what: 'a revoke of an invitation of another organization',
      method: BUILTIN_ADAPTERS[provider].routes.revoke.method,
      path: `/api/invitations/${BUILTIN_ADAPTERS[provider].routes.revoke.path.replace(':id', { auth0: 'uinv_other0rg0000000', clerk: 'orginv_otherOrg000000000000', upsun: '5b2f3d4e-1a2b-4c3d-8e9f-000000000000' }[provider])}`,
      headers: {
        ...sameOrigin(base, BUILTIN_ADAPTERS[provider].routes.revoke.method === 'POST'),
        authorization: 'Bearer stolen',
      },
      body: BUILTIN_ADAPTERS[provider].routes.revoke.method === 'POST' ? '{}' : undefined,
    },
  ];
}

/** The provider's error shape, with a message. */
function errorShaped(provider: ProviderName, text: string): boolean {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return false;
  }
  if (provider === 'auth0') return typeof body.statusCode === 'number' && typeof body.message === 'string';
  if (provider === 'clerk')
    return typeof (body.errors as { message?: unknown }[] | undefined)?.[0]?.message === 'string';
  return typeof body.error === 'string';
}

/** Runs `tasks` `width` at a time. */
async function pool<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]);
      }
    }),
  );
  return results;
}

let emulators: EmulatorServer;
before(async () => {
  emulators = await startEmulators();
});
after(() => emulators.close());

const SENT_HEADERS = new Set(['accept', 'authorization', 'content-type', 'clerk-api-version']);

for (const provider of PROVIDERS) {
  describe(`generated attacks on the ${provider} handler`, () => {
    let server: Started;
    const responses: RawResponse[] = [];
    before(async () => {
      server = await startHandler(provider, emulators, { policy: POLICY[provider], limits: { bodyBytes: BODY_LIMIT } });
    });
    after(() => server.close());

    it('refuses each of ≥ 1,000 requests outside the allow-list with its documented status, sending nothing upstream', async () => {
      const attacks = refusals(provider, server.url);
      assert.ok(attacks.length >= 1000, `only ${attacks.length} attacks`);
      const answers = await pool(attacks, 16, (a) =>
        raw(server.url, a.method, a.path, { headers: a.headers, body: a.body }).catch((e: Error): RawResponse => ({
          status: 0,
          headers: {},
          text: `the request failed: ${e.message}`,
        })),
      );
      responses.push(...answers);
      const wrong = attacks
        .map((a, i) => ({ ...a, got: answers[i] }))
        .filter(
          ({ status, got, method }) => got.status !== status || (method !== 'HEAD' && !errorShaped(provider, got.text)),
        )
        .map(
          ({ what, method, path, status, got }) =>
            `${what} (${method} ${path.slice(0, 80)}): ${got.status} not ${status}, ${got.text.slice(0, 80)}`,
        );
      assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} of ${attacks.length} answered wrongly`);
      assert.deepEqual(
        server.calls.map((c) => `${c.method} ${c.url}`),
        [],
        'upstream calls (token requests included)',
      );
      const refusedAudits = server.audits.filter((a) => a.outcome === 'refused').length;
      assert.equal(refusedAudits, attacks.length, 'one refused audit event per attack');
      console.log(`${provider}: ${attacks.length} refused attacks, 0 upstream calls`);
    });

    it('forwards injected headers and queries only as an allow-listed route of the server’s organization', async () => {
      const dialect = SERVER_DIALECTS[provider];
      const collection = new URL(`${emulators.upstreams[provider].api}${dialect.collectionPath(ORGS[provider])}`);
      const routes = Object.values(BUILTIN_ADAPTERS[provider].routes);
      const grammar = BUILTIN_ADAPTERS[provider].id!;
      for (const attack of forwardable(provider, server.url)) {
        const from = server.calls.length;
        const answer = await raw(server.url, attack.method, attack.path, {
          headers: attack.headers,
          body: attack.body,
        });
        responses.push(answer);
        const calls = server.calls.slice(from).filter((c) => c.url.href !== emulators.upstreams[provider].token);
        assert.equal(calls.length, 1, `${attack.what}: ${calls.length} upstream calls`);
        const [call] = calls;
        assert.equal(call.url.origin, collection.origin, attack.what);
        const below = call.url.pathname.startsWith(collection.pathname)
          ? call.url.pathname.slice(collection.pathname.length).split('/').filter(Boolean)
          : undefined;
        assert.ok(below, `${attack.what}: ${call.url.pathname} is outside the organization's collection`);
        const route = routes.find((r) => {
          const shape = r.path.split('/').filter(Boolean);
          return (
            r.method === call.method &&
            shape.length === below.length &&
            shape.every((part, i) => (part === ':id' ? grammar.test(below[i]) : part === below[i]))
          );
        });
        assert.ok(route, `${attack.what}: ${call.method} ${call.url.pathname} is no route`);
        for (const key of call.url.searchParams.keys())
          assert.ok(route.query?.includes(key), `${attack.what}: the query parameter ${key} went upstream`);
        for (const [name, value] of call.headers) {
          assert.ok(SENT_HEADERS.has(name), `${attack.what}: the header ${name} went upstream`);
          assert.ok(!/stolen|evil|org_other|2020-01-01/.test(value), `${attack.what}: ${name}: ${value} went upstream`);
        }
        assert.ok(!/stolen|evil|org_other/.test(call.url.href), `${attack.what}: ${call.url.href}`);
        const status = server.audits.at(-1)!.status;
        assert.equal(answer.status, status, attack.what);
        assert.ok(answer.status < 500, `${attack.what}: ${answer.status} ${answer.text.slice(0, 100)}`);
      }
    });

    it('answers no credential or token, in a body or a header, and logs none', () => {
      const secrets = secretsOf(emulators);
      assert.ok(secrets.length > 3, 'the tokens the emulators issued are known');
      const texts = [
        ...responses.map((r) => `${JSON.stringify(r.headers)} ${r.text}`),
        ...server.logs,
        ...server.audits.map((a) => JSON.stringify({ ...a, request: undefined })),
      ];
      const found = texts.filter((text) => secrets.some((s) => text.includes(s)));
      assert.deepEqual(found.slice(0, 3), []);
    });
  });
}
