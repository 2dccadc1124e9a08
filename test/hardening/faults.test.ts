/**
 * Faults: requests that hang (with a fetcher that honours the abort signal and one that ignores it), network errors,
 * 5xx, HTML pages, 429 with and without Retry-After. The list waits out a short Retry-After on its own with a visible
 * countdown (at most 3 times); nothing that changes data (revoke, resend, create) is ever sent twice, not even after
 * a 429; a failed revoke brings its row back; the form keeps what was typed.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { createEmulator, type Emulator, type Fault } from '../../src/emulator/index.js';
import type { InvitationErrorEvent } from '../../src/events.js';
import type { Fetcher } from '../../src/providers/adapter.js';
import { chooseRole, formOf, listOf, mountForm, mountList, submit, textOf } from './elements.js';
import { PROVIDERS, tick, watchGlobalErrors, type ProviderName } from './support.js';

/** An emulator on the real clock (the adapters derive expiry from it). */
const emulated = (provider: ProviderName, count = 12) => createEmulator({ provider, count, seed: 3, now: Date.now() });

/** A fetcher that hands the request to `inner` without its abort signal: a host wrapper that forgot to pass it on. */
const deaf =
  (inner: Fetcher): Fetcher =>
  (input, init) =>
    inner(input, { ...init, signal: undefined });

/** Never answers, whatever happens to the signal. */
const black: Fetcher = () => new Promise<Response>(() => undefined);

const requestsOf = (em: Emulator, method?: string) =>
  em.requests.filter((r) => !method || r.method === method).map((r) => `${r.method} ${new URL(r.url).pathname}`);

async function listOn(provider: ProviderName, em: Emulator, setup: (el: InvitationList) => void = () => undefined) {
  const outcome = (el: InvitationList) => listOf(el).outcome(5000);
  const mounted = await mountList(provider, em.fetch, (el) => {
    el.endpoint = em.endpoint;
    el.pageSize = 5;
    setup(el);
  });
  return { ...mounted, outcome };
}

/** The id of the first row offering `action`. */
const firstWith = (el: InvitationList, action: string) =>
  listOf(el)
    .rows()
    .find((r) => r.querySelector(`[data-action="${action}"]`))!.dataset.id!;

async function revokeFirst(el: InvitationList) {
  const id = firstWith(el, 'revoke');
  listOf(el).action(id, 'revoke')!.click();
  await el.updateComplete;
  listOf(el).action(id, 'confirm')!.click();
  await el.updateComplete;
  return id;
}

async function formOn(provider: ProviderName, fetcher: Fetcher, endpoint: string) {
  const mounted = await mountForm(provider, fetcher);
  mounted.el.endpoint = endpoint;
  await mounted.el.updateComplete;
  return mounted;
}

/** What the user chose besides the addresses: kept after any failure. */
const choices = (el: InviteForm) => {
  const root = el.shadowRoot!;
  return {
    roles: [...root.querySelectorAll<HTMLInputElement>('input[name="role"]:checked')].map((i) => i.value).join(),
    role: root.querySelector<HTMLSelectElement>('#role-select')?.value,
    expiry: root.querySelector<HTMLInputElement>('#expiry-input')?.value,
    sendEmail: root.querySelector<HTMLInputElement>('#send-email')?.checked,
  };
};

describe('hardening: faults', function () {
  this.timeout(20_000);
  let watch: ReturnType<typeof watchGlobalErrors>;
  let tried = 0;
  let failures = 0;
  beforeEach(() => (watch = watchGlobalErrors()));
  afterEach(function () {
    watch.stop();
    tried++;
    if (this.currentTest?.state === 'failed' || watch.errors.length) failures++;
    expect(watch.errors).to.deep.equal([]);
  });
  after(() => console.log(`faults: ${tried} cases, ${failures} failures`));

  describe('when a request hangs', () => {
    for (const [label, wrap] of [
      ['honours', (f: Fetcher) => f],
      ['ignores', deaf],
    ] as const) {
      it(`the list gives up after \`timeout\` ms with a clear message, with a fetcher that ${label} the signal`, async () => {
        const em = emulated('clerk');
        em.fault({ kind: 'hang', method: 'GET' });
        const started = performance.now();
        const { el, events } = await mountList('clerk', wrap(em.fetch), (el) => {
          el.endpoint = em.endpoint;
          el.timeout = 150;
        });
        const event = (await listOf(el).outcome(3000)) as InvitationErrorEvent;
        await el.updateComplete;
        expect(event.type).to.equal('invitation-error');
        expect(event.detail.error.kind).to.equal('timeout');
        expect(performance.now() - started).to.be.within(140, 2000);
        expect(textOf(listOf(el).part('error'))).to.contain('The server took too long to answer.');
        expect(events.of('invitation-error')).to.have.length(1);
      });
    }

    it('the list ends even a fetcher that never settles, and a prefetch that never settles does no harm', async () => {
      const em = emulated('clerk', 30);
      let calls = 0;
      const fetcher: Fetcher = (input, init) => (++calls === 1 ? em.fetch(input, init) : black(input, init));
      const { el } = await mountList('clerk', fetcher, (el) => {
        el.endpoint = em.endpoint;
        el.timeout = 100;
        el.pageSize = 10;
      });
      await waitUntil(() => listOf(el).rows().length === 10, 'the first page shows');
      await waitUntil(() => calls === 2, 'the next page is prefetched');
      const next = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pager-next"]')!;
      next.click();
      const event = (await listOf(el).outcome(3000)) as InvitationErrorEvent;
      expect(event.detail.error.kind).to.equal('timeout');
    });

    it('a revoke that never settles is given up, and its row comes back', async () => {
      const em = emulated('upsun');
      const { el, events } = await mountList('upsun', em.fetch, (el) => {
        el.endpoint = em.endpoint;
        el.timeout = 150;
      });
      await waitUntil(() => listOf(el).rows().length > 0, 'rows show');
      const before = listOf(el).emails();
      el.fetcher = (input, init) => (init?.method === 'DELETE' ? black(input, init) : em.fetch(input, init));
      await listOf(el).outcome();
      const id = await revokeFirst(el);
      expect(
        listOf(el)
          .rows()
          .map((r) => r.dataset.id),
      ).not.to.include(id);
      await waitUntil(() => events.of('invitation-error').length === 1, 'the revoke fails', { timeout: 2000 });
      await el.updateComplete;
      expect(events.of('invitation-error')[0].detail.error.kind).to.equal('timeout');
      expect(listOf(el).emails()).to.deep.equal(before);
      expect(textOf(listOf(el).part('notice'))).to.contain('took too long');
    });

    it('the form gives up a create that never settles and keeps the address', async () => {
      const em = emulated('upsun');
      const { el, events } = await formOn('upsun', black, em.endpoint);
      el.timeout = 150;
      await submit(el, ['late@example.com']);
      expect(formOf(el).chips()).to.deep.equal(['late@example.com']);
      expect(formOf(el).alertText()).to.contain('The server took too long to answer.');
      expect(events.of('invitation-error')[0].detail.error.kind).to.equal('timeout');
    });

    it('takes any `timeout` value without throwing (Infinity, 1e30, -1, NaN, 0)', async () => {
      const em = emulated('clerk');
      for (const value of ['Infinity', '1e30', '-1', 'NaN', '0', '']) {
        const { el } = await mountList('clerk', em.fetch, (el) => {
          el.endpoint = em.endpoint;
          el.setAttribute('timeout', value);
        });
        await waitUntil(() => listOf(el).rows().length > 0 || listOf(el).part('error'), value);
        expect(listOf(el).rows().length, `timeout="${value}"`).to.be.greaterThan(0);
        el.remove();
      }
    });
  });

  describe('when the network fails or the server errs', () => {
    const faults: [string, Fault, RegExp][] = [
      ['a network error', { kind: 'network' }, /Could not reach the \w+ server/],
      ['a 500', { kind: 'status', status: 500 }, /could not be loaded/],
      ['a 503', { kind: 'status', status: 503 }, /could not be loaded/],
      ['an HTML error page', { kind: 'html', status: 502 }, /HTML page/],
      ['malformed JSON', { kind: 'malformed-json' }, /not valid JSON/],
    ];
    for (const provider of PROVIDERS) {
      for (const [label, fault, message] of faults) {
        it(`${provider}: the list shows ${label} with Retry, and Retry loads the page`, async () => {
          const em = emulated(provider);
          em.fault({ ...fault, method: 'GET' });
          const { el, events } = await listOn(provider, em);
          await waitUntil(() => listOf(el).part('error'), 'the error state shows');
          expect(textOf(listOf(el).part('error'))).to.match(message);
          expect(events.of('invitation-error')).to.have.length(1);
          await tick(50);
          expect(requestsOf(em, 'GET'), 'no automatic retry').to.have.length(1);
          const loaded = listOf(el).outcome();
          listOf(el).part('retry')!.click();
          expect((await loaded).type).to.equal('invitation-loaded');
          await el.updateComplete;
          expect(listOf(el).rows()).to.have.length(5);
        });
      }
    }
  });

  describe('when the list is rate limited (429 on a GET)', () => {
    it('waits out Retry-After with a visible, localized countdown and loads the page by itself', async () => {
      const em = emulated('clerk');
      em.fault({ kind: 'rate-limit', retryAfter: 2, method: 'GET' });
      const { el, events } = await listOn('clerk', em, (el) => {
        el.messages = { retryIn: (s: number) => `Nouvel essai dans ${s} s` };
      });
      await waitUntil(() => listOf(el).part('error'), 'the error state shows');
      const started = performance.now();
      const countdown = listOf(el).part('countdown');
      expect(textOf(countdown)).to.equal('Nouvel essai dans 2 s');
      expect(countdown!.getAttribute('role')).to.equal('timer');
      expect(textOf(listOf(el).part('error'))).to.contain('wait 2 s');
      expect(events.of('invitation-error')[0].detail.error.status).to.equal(429);
      // axe last: on a loaded machine it takes a good part of the wait (the texts above are read before it)
      await expect(el).to.be.accessible();
      await waitUntil(() => listOf(el).rows().length === 5, 'the page loads after the wait', { timeout: 4000 });
      expect(performance.now() - started).to.be.greaterThan(1500);
      expect(listOf(el).part('countdown')).to.equal(null);
      const firstPage = em.requests.filter(
        (r) => r.method === 'GET' && new URL(r.url).searchParams.get('offset') === '0',
      );
      expect(firstPage, 'the first page was asked for twice').to.have.length(2);
    });

    it('retries at most 3 times, then leaves the error and its Retry button', async () => {
      const em = emulated('upsun');
      em.fault({ kind: 'rate-limit', retryAfter: 0, method: 'GET', times: 10 });
      const { el, events } = await listOn('upsun', em);
      await waitUntil(() => requestsOf(em, 'GET').length === 4, 'three automatic retries', { timeout: 3000 });
      await tick(1200);
      expect(requestsOf(em, 'GET')).to.have.length(4);
      expect(listOf(el).part('countdown')).to.equal(null);
      expect(listOf(el).part('retry')).to.exist;
      expect(events.of('invitation-error')).to.have.length(4);
    });

    it('does not wait out a Retry-After over 60 s, nor a 429 without one', async () => {
      for (const fault of [
        { kind: 'rate-limit', retryAfter: 61 },
        { kind: 'status', status: 429 },
      ] as Fault[]) {
        const em = emulated('clerk');
        em.fault({ ...fault, method: 'GET' });
        const { el } = await listOn('clerk', em);
        await waitUntil(() => listOf(el).part('error'), 'the error state shows');
        expect(listOf(el).part('countdown'), JSON.stringify(fault)).to.equal(null);
        await tick(1100);
        expect(requestsOf(em, 'GET')).to.have.length(1);
        el.remove();
      }
    });

    it('drops the countdown when the user moves on or the list leaves the page', async () => {
      const em = emulated('clerk');
      em.fault({ kind: 'rate-limit', retryAfter: 1, method: 'GET', times: 2 });
      const { el } = await listOn('clerk', em);
      await waitUntil(() => listOf(el).part('countdown'), 'the countdown shows');
      const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="sort"]')!;
      sort.value = 'email:asc';
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await waitUntil(() => listOf(el).part('countdown'), 'the new query is rate limited too');
      const asked = requestsOf(em, 'GET').length;
      el.remove();
      await tick(1300);
      expect(requestsOf(em, 'GET')).to.have.length(asked);
    });
  });

  describe('when a revoke or a resend fails', () => {
    const faults: [string, Fault][] = [
      ['a 500', { kind: 'status', status: 500 }],
      ['a network error', { kind: 'network' }],
      ['a 429 with Retry-After: 1', { kind: 'rate-limit', retryAfter: 1 }],
      ['an HTML page', { kind: 'html' }],
    ];
    for (const provider of PROVIDERS) {
      const method = provider === 'clerk' ? 'POST' : 'DELETE';
      for (const [label, fault] of faults) {
        it(`${provider}: brings the row back after ${label}, and never retries it`, async () => {
          const em = emulated(provider);
          const { el, events } = await listOn(provider, em);
          await waitUntil(() => listOf(el).rows().length === 5, 'rows show');
          const before = listOf(el).emails();
          em.fault({ ...fault, method });
          em.clearRequests();
          const id = await revokeFirst(el);
          expect(
            listOf(el)
              .rows()
              .map((r) => r.dataset.id),
            'removed at once',
          ).not.to.include(id);
          await waitUntil(() => events.of('invitation-error').length === 1, 'the revoke fails');
          await el.updateComplete;
          expect(listOf(el).emails()).to.deep.equal(before);
          expect(listOf(el).part('notice')).to.exist;
          expect(events.of('invitation-error')[0].detail.action).to.equal('revoke');
          expect(events.of('invitation-revoked')).to.have.length(0);
          await tick(1200);
          expect(requestsOf(em, method), 'one request, no automatic retry').to.have.length(1);
        });
      }
    }

    for (const provider of ['auth0', 'upsun'] as const) {
      it(`${provider}: never retries a resend, whatever the answer`, async () => {
        for (const fault of [
          { kind: 'rate-limit', retryAfter: 1 },
          { kind: 'status', status: 503 },
          { kind: 'network' },
        ] as Fault[]) {
          const em = emulated(provider);
          const { el, events } = await listOn(provider, em);
          await waitUntil(() => listOf(el).rows().length === 5, 'rows show');
          em.fault({ ...fault, method: 'POST' });
          em.clearRequests();
          listOf(el).action(firstWith(el, 'resend'), 'resend')!.click();
          await waitUntil(() => events.of('invitation-error').length === 1, 'the resend fails');
          await tick(1200);
          expect(requestsOf(em, 'POST'), JSON.stringify(fault)).to.have.length(1);
          expect(requestsOf(em, 'DELETE')).to.have.length(0);
          el.remove();
        }
      });
    }

    it('auth0: a resend that created the new invitation but could not remove the old one reloads the list', async () => {
      const em = emulated('auth0');
      const { el, events } = await listOn('auth0', em);
      await waitUntil(() => listOf(el).rows().length === 5, 'rows show');
      const count = em.store.all().length;
      em.fault({ kind: 'status', status: 500, method: 'DELETE' });
      em.clearRequests();
      const reloaded = oneEvent(el, 'invitation-loaded');
      listOf(el).action(firstWith(el, 'resend'), 'resend')!.click();
      await waitUntil(() => events.of('invitation-error').length === 1, 'the resend fails half-way');
      expect(events.of('invitation-error')[0].detail.error.code).to.equal('resend_partial');
      expect(em.store.all()).to.have.length(count + 1);
      await reloaded; // the list shows the invitation that was created
      expect(textOf(listOf(el).part('notice'))).to.contain('sent again, but the old one could not be removed');
    });
  });

  describe('when a submission fails', () => {
    const faults: [string, Fault][] = [
      ['400', { kind: 'status', status: 400 }],
      ['401', { kind: 'status', status: 401 }],
      ['403', { kind: 'status', status: 403 }],
      ['404', { kind: 'status', status: 404 }],
      ['409', { kind: 'status', status: 409 }],
      ['422', { kind: 'status', status: 422 }],
      ['500', { kind: 'status', status: 500 }],
      ['503', { kind: 'status', status: 503 }],
      ['a network error', { kind: 'network' }],
      ['an HTML page', { kind: 'html' }],
      ['malformed JSON', { kind: 'malformed-json' }],
      ['a 429 with Retry-After: 1', { kind: 'rate-limit', retryAfter: 1 }],
      ['a 429 asking for more than a minute', { kind: 'rate-limit', retryAfter: 3600 }],
    ];
    for (const provider of PROVIDERS) {
      it(`${provider}: keeps every address and every choice, and sends each POST once`, async () => {
        const em = emulated(provider);
        const { el, events } = await formOn(provider, em.fetch, em.endpoint);
        for (const [label, fault] of faults) {
          em.fault({ ...fault, method: 'POST' });
          em.clearRequests();
          const before = choices(el);
          const errors = events.of('invitation-error').length;
          await submit(el, ['kept@example.com']);
          expect(formOf(el).chips(), label).to.deep.equal(['kept@example.com']);
          expect(choices(el), label).to.deep.equal(before);
          expect(events.of('invitation-error').length, label).to.equal(errors + 1);
          expect(requestsOf(em, 'POST'), label).to.have.length(1);
          el.reset();
          await el.updateComplete;
          await chooseRole(el, provider);
        }
      });
    }
  });
});
