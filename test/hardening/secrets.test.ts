/**
 * Secrets: the host's credentials live in its wrapping fetcher (it adds `Authorization: Bearer …`), never in the
 * elements. Through a whole session per provider — list, revoke, resend, create, and failures whose answers echo the
 * token back ("invalid token Bearer …", `token=…`, a JSON field) — the token never appears in an attribute, the DOM
 * (shadow roots included), an event (detail and error, cause chain included) or the console.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createEmulator } from '../../src/emulator/index.js';
import type { Fetcher } from '../../src/providers/adapter.js';
import { chooseRole, listOf, mountForm, mountList, submit, textOf } from './elements.js';
import { PROVIDERS, tick, type ProviderName } from './support.js';

/** A Clerk secret key, and a JWT as Auth0's and Upsun's access tokens are. */
const TOKENS: Record<ProviderName, string> = {
  clerk: 'sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9',
  auth0:
    'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInNjb3BlIjoiY3JlYXRlOm9yZ2FuaXphdGlvbl9pbnZpdGF0aW9ucyJ9.c2lnbmF0dXJl',
  upsun: 'eyJ0eXAiOiJKV1QifQ.eyJqdGkiOiJ1cHN1bi1zZWNyZXQtMTIzIn0.dXBzdW4tc2ln',
};

/** Where a careless server echoes the credential it was given. */
const echoes = (token: string) => [
  `Invalid token: Bearer ${token}`,
  `authorization=Bearer ${token}; expired`,
  `{"access_token":"${token}"}`,
  `token=${token}&retry=1`,
  `The key ${token.startsWith('sk_') ? token : `Bearer ${token}`} was revoked`,
];

function errorBody(provider: ProviderName, message: string) {
  if (provider === 'auth0') return { statusCode: 401, error: 'Unauthorized', message, errorCode: message };
  if (provider === 'clerk') return { errors: [{ message, long_message: message, code: 'authorization_invalid' }] };
  return { status: 401, title: 'Unauthorized', message, detail: message };
}

/** Strings reachable from a value: own properties, error messages, stacks and causes (a few levels deep). */
function strings(value: unknown, depth = 0, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || depth > 6 || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  if (value instanceof Error) out.push(value.message, value.stack ?? '', ...strings(value.cause, depth + 1, seen));
  for (const key of Object.keys(value)) {
    out.push(key, ...strings((value as Record<string, unknown>)[key], depth + 1, seen));
  }
  return out;
}

/** Attributes and text of everything under `root`, through shadow roots. */
function domStrings(root: Element | ShadowRoot | Document): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) out.push(`${name}=${el.getAttribute(name)}`);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) out.push(el.value);
    if (el.shadowRoot) {
      out.push(el.shadowRoot.textContent ?? '');
      out.push(...domStrings(el.shadowRoot));
    }
  }
  out.push((root instanceof Document ? root.documentElement.outerHTML : root.textContent) ?? '');
  return out;
}

/** Everything the page logs, until `stop()`. */
function captureConsole() {
  const logged: unknown[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  methods.forEach((m, i) => {
    console[m] = (...args: unknown[]) => {
      logged.push(...args);
      originals[i].apply(console, args);
    };
  });
  return { logged, stop: () => methods.forEach((m, i) => (console[m] = originals[i])) };
}

/** Where `token` (or a distinctive part of it: its middle, a JWT segment) shows, if anywhere. */
function findLeak(places: [string, string[]][], token: string): string | undefined {
  const needles = [token, token.slice(8, 24), ...token.split('.').filter((p) => p.length > 12)];
  for (const [where, found] of places) {
    for (const s of found) {
      const needle = needles.find((n) => s.includes(n));
      if (needle) {
        const at = s.indexOf(needle);
        return `the token shows in ${where}: …${s.slice(Math.max(0, at - 60), at + 20)}`;
      }
    }
  }
  return undefined;
}

let checks = 0;
let leaks = 0;
let tried = 0;
let failed = 0;

describe('hardening: secrets', function () {
  this.timeout(30_000);
  afterEach(function () {
    tried++;
    if (this.currentTest?.state === 'failed') failed++;
  });
  after(() =>
    console.log(
      `secrets: ${tried} cases, ${failed} failures (${checks} strings searched, ${leaks} leaks of the token)`,
    ),
  );

  it('finds a token planted in an attribute, a shadow root, an error cause or the console', () => {
    const token = TOKENS.auth0;
    const segment = token.split('.')[1];
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<p>${segment}</p>`;
    document.body.append(host);
    expect(findLeak([['dom', domStrings(document)]], token)).to.contain('dom');
    host.remove();
    document.body.dataset.t = token;
    expect(findLeak([['dom', domStrings(document)]], token)).to.contain('dom');
    delete document.body.dataset.t;
    const cause = new Error('x', { cause: new Error(`Bearer ${token}`) });
    expect(findLeak([['events', strings({ error: cause })]], token)).to.contain('events');
    expect(findLeak([['console', strings(['log', { auth: `x${token.slice(5, 30)}y` }])]], token)).to.contain('console');
    expect(findLeak([['dom', domStrings(document)]], token)).to.equal(undefined);
  });

  for (const provider of PROVIDERS) {
    it(`${provider}: the token in the host's fetcher never reaches attributes, the DOM, events or the console`, async () => {
      const token = TOKENS[provider];
      const em = createEmulator({ provider, count: 8, seed: 5, now: Date.now() });
      let echo: string | undefined; // the next answer: a 401 echoing this
      let echoMethod: string | undefined; // …to a request of this method only (the form looks addresses up first)
      let authorized = 0;
      const fetcher: Fetcher = async (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${token}`);
        authorized++;
        if (echo !== undefined && (!echoMethod || init?.method === echoMethod)) {
          const message = echo;
          echo = undefined;
          return Response.json(errorBody(provider, message), {
            status: 401,
            headers: { 'www-authenticate': `Bearer error="invalid_token", token="${token}"` },
          });
        }
        return em.fetch(input, { ...init, headers });
      };
      const consoleCapture = captureConsole();
      const events: Event[] = [];
      try {
        const { el: list, events: listEvents } = await mountList(provider, fetcher, (el) => {
          el.endpoint = em.endpoint;
          el.pageSize = 5;
        });
        const { el: form, events: formEvents } = await mountForm(provider, fetcher);
        form.endpoint = em.endpoint;
        await waitUntil(() => listOf(list).rows().length === 5, 'rows show');

        for (const message of echoes(token)) {
          // a failed load
          echo = message;
          const failed = listOf(list).outcome();
          void list.refresh();
          expect((await failed).type).to.equal('invitation-error');
          await list.updateComplete;
          expect(textOf(listOf(list).part('error'))).to.contain('[redacted]');
          // a failed revoke
          const loaded = listOf(list).outcome();
          listOf(list).part('retry')!.click();
          await loaded;
          await list.updateComplete;
          const id = listOf(list)
            .rows()
            .find((r) => r.querySelector('[data-action="revoke"]'))!.dataset.id!;
          echo = message;
          const errors = listEvents.of('invitation-error').length;
          listOf(list).action(id, 'revoke')!.click();
          await list.updateComplete;
          listOf(list).action(id, 'confirm')!.click();
          await waitUntil(() => listEvents.of('invitation-error').length > errors, 'the revoke fails');
          // a failed create
          echo = message;
          echoMethod = 'POST';
          await submit(form, ['secret.keeper@example.com']);
          expect(echo, 'the create was sent').to.equal(undefined);
          echoMethod = undefined;
          form.reset();
          await form.updateComplete;
          await chooseRole(form, provider);
        }
        // and everything working
        const revoked = listEvents.of('invitation-revoked').length;
        const id = listOf(list)
          .rows()
          .find((r) => r.querySelector('[data-action="revoke"]'))!.dataset.id!;
        listOf(list).action(id, 'revoke')!.click();
        await list.updateComplete;
        listOf(list).action(id, 'confirm')!.click();
        await waitUntil(() => listEvents.of('invitation-revoked').length > revoked, undefined, { timeout: 3000 }).catch(
          () => {
            const seen = listEvents.map((e) => `${e.type} ${(e as CustomEvent).detail?.error?.message ?? ''}`);
            throw new Error(`the revoke did not succeed: ${seen.slice(-4).join('; ')}`);
          },
        );
        await tick(10);
        events.push(...listEvents, ...formEvents);
        expect(authorized, 'the fetcher was used').to.be.greaterThan(10);
        expect(
          formEvents.filter((e) => e.type === 'invitation-error'),
          'create failures',
        ).to.have.length(echoes(token).length);

        const places: [string, string[]][] = [
          ['the DOM and attributes', domStrings(document)],
          ['events', events.flatMap((e) => [e.type, ...strings((e as CustomEvent).detail)])],
          ['the console', consoleCapture.logged.flatMap((v) => strings(v))],
          ['properties', strings({ list: { ...list }, form: { ...form } })],
        ];
        checks += places.reduce((n, [, found]) => n + found.length, 0);
        const leak = findLeak(places, token);
        if (leak) leaks++;
        expect(leak).to.equal(undefined);
      } finally {
        consoleCapture.stop();
      }
    });
  }
});
