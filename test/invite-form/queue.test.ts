/** The submission queue on its own, with an injected clock-free sleep, and the form's reset during a submission. */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { SubmitQueueController, type QueueOptions } from '../../src/invite-form/internal/submit-queue.js';
import { InvitationError, type InvitationDraft } from '../../src/model.js';
import {
  ENDPOINT,
  deferred,
  fakeAdapter,
  formWith,
  httpError,
  invitationFor,
  submitEmails,
  type CreateImpl,
  formOf,
} from './helpers.js';

const drafts = (...emails: string[]): InvitationDraft[] => emails.map((email) => ({ email, roles: [] }));

function queueWith(impl: CreateImpl, bulkSize = 1) {
  const updates: (number | undefined)[] = [];
  const host = {
    addController() {},
    requestUpdate: () => updates.push(queue.resumeIn),
  } as unknown as ReactiveControllerHost;
  const queue = new SubmitQueueController(host);
  const waits: number[] = [];
  const adapter = fakeAdapter({}, { bulkSize, impl });
  const options: QueueOptions = {
    adapter,
    context: (signal) => ({ endpoint: ENDPOINT, fetcher: fetch, signal }),
    pace: 0,
    sleep: async (ms) => void waits.push(ms),
  };
  return { queue, adapter, options, waits, updates };
}

describe('<invite-form>', () => {
  describe('when its submission queue is answered 429', () => {
    it('never sends the refused request again, and counts the Retry-After down before the next one', async () => {
      let calls = 0;
      const { queue, options, waits, updates, adapter } = queueWith(async (ds) => {
        if (calls++ === 0) throw httpError(429, 'Slow down.', { retryAfter: 3 });
        return ds.map((d) => invitationFor(d));
      });
      const result = await queue.run(drafts('a@b.co', 'c@d.co'), options);
      expect(waits).to.deep.equal([1000, 1000, 1000]);
      expect(updates.filter((u) => u !== undefined)).to.deep.equal([3, 2, 1]);
      expect(adapter.calls.map((c) => c[0].email)).to.deep.equal(['a@b.co', 'c@d.co']);
      expect(result.outcomes[0].error?.status).to.equal(429);
      expect(result.outcomes[1].invitation?.email).to.equal('c@d.co');
      expect(result.failures.map((f) => f.drafts.map((d) => d.email))).to.deep.equal([['a@b.co']]);
    });

    it('does not wait when nothing is left to send', async () => {
      const { queue, options, waits, adapter } = queueWith(async () =>
        Promise.reject(httpError(429, 'Slow down.', { retryAfter: 3 })),
      );
      const result = await queue.run(drafts('a@b.co'), options);
      expect(adapter.calls).to.have.length(1);
      expect(waits).to.deep.equal([]);
      expect(result.failures[0].error.status).to.equal(429);
    });

    it('pauses 1, 2, 4 s when the 429s give no Retry-After, then stops and leaves the rest unsent', async () => {
      const { queue, options, waits, adapter } = queueWith(async () => Promise.reject(httpError(429, 'Slow down.')));
      const result = await queue.run(drafts('a@b.co', 'c@d.co', 'e@f.co', 'g@h.co', 'i@j.co'), options);
      expect(adapter.calls.map((c) => c[0].email)).to.deep.equal(['a@b.co', 'c@d.co', 'e@f.co', 'g@h.co']);
      expect(waits).to.deep.equal([1000, 1000, 1000, 1000, 1000, 1000, 1000]);
      expect(result.outcomes.map((o) => Boolean(o.skipped))).to.deep.equal([false, false, false, false, true]);
      expect(result.outcomes.every((o) => o.error?.status === 429)).to.be.true;
    });

    it('starts counting again after a request goes through', async () => {
      let calls = 0;
      const { queue, options, adapter } = queueWith(async (ds) => {
        if (calls++ % 2 === 0) throw httpError(429, 'Slow down.', { retryAfter: 0 });
        return ds.map((d) => invitationFor(d));
      });
      const emails = ['a@b.co', 'c@d.co', 'e@f.co', 'g@h.co', 'i@j.co', 'k@l.co', 'm@n.co', 'o@p.co'];
      const result = await queue.run(drafts(...emails), options);
      expect(adapter.calls).to.have.length(8);
      expect(result.outcomes.filter((o) => o.invitation)).to.have.length(4);
      expect(result.outcomes.some((o) => o.skipped)).to.be.false;
    });

    it('stops at once when cancelled during the countdown', async () => {
      const { queue, options } = queueWith(async () => Promise.reject(httpError(429, 'Slow down.', { retryAfter: 5 })));
      options.sleep = (_ms, signal) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      const running = queue.run(drafts('a@b.co', 'c@d.co'), options);
      await new Promise((r) => setTimeout(r));
      expect(queue.resumeIn).to.equal(5);
      queue.cancel();
      const result = await running;
      expect(result.cancelled).to.be.true;
      expect(result.outcomes[0].error?.status).to.equal(429);
      expect(result.outcomes[1].skipped).to.be.true;
      expect(queue.busy).to.be.false;
    });
  });

  describe('when its submission queue gets fewer invitations than drafts', () => {
    it('pairs them by email and reports the unconfirmed drafts', async () => {
      const { queue, options } = queueWith(async (ds) => [invitationFor(ds[1])], 2);
      const result = await queue.run(drafts('a@b.co', 'c@d.co'), options);
      expect(result.outcomes[1].invitation?.email).to.equal('c@d.co');
      expect(result.outcomes[0].error?.code).to.equal('unconfirmed');
      expect(result.failures.map((f) => f.drafts.map((d) => d.email))).to.deep.equal([['a@b.co']]);
    });
  });

  describe('when its submission queue is asked to run twice at once', () => {
    it('refuses the second run', async () => {
      const held = deferred<never>();
      const { queue, options } = queueWith(() => held.promise);
      void queue.run(drafts('a@b.co'), options);
      let error: unknown;
      try {
        await queue.run(drafts('c@d.co'), options);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(InvitationError);
      queue.cancel();
    });
  });

  describe('when the sending code cannot be loaded', () => {
    it('fails every draft with that network error, sends nothing, and loads it again on the next run', async () => {
      const { queue, adapter, options } = queueWith(async (ds) => ds.map(invitationFor));
      const load = queue.loadSending;
      queue.sending = undefined; // as before any form of the page loaded it
      queue.loadSending = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const failed = await queue.run(drafts('a@b.co', 'c@d.co'), options);
      expect(failed.outcomes.map((o) => [o.error?.kind, o.error?.code, o.skipped])).to.deep.equal([
        ['network', 'chunk_load', true],
        ['network', 'chunk_load', true],
      ]);
      expect(failed.failures).to.have.length(1);
      expect(adapter.calls).to.have.length(0);
      expect(queue.busy).to.equal(false);

      queue.loadSending = load;
      const sent = await queue.run(drafts('a@b.co'), options);
      expect(sent.outcomes[0].invitation?.email).to.equal('a@b.co');
      expect(adapter.calls).to.have.length(1);
    });

    it('shows the error in the form and keeps the addresses', async () => {
      const adapter = fakeAdapter();
      const el = await formWith(adapter);
      const queue = (el as unknown as { queue: { sending: unknown; loadSending: () => Promise<never> } }).queue;
      queue.sending = undefined;
      queue.loadSending = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      await submitEmails(el, 'a@b.co');
      expect(adapter.calls).to.have.length(0);
      expect(formOf(el).alertText()).to.contain('The sending code could not be loaded.');
      expect(el.emails).to.deep.equal(['a@b.co']);
      await expect(el).to.be.accessible();
    });
  });

  describe('when reset() is called during a submission', () => {
    it('stops it, empties the form, and still reports what was created', async () => {
      const second = deferred<never>();
      let signal: AbortSignal | undefined;
      const adapter = fakeAdapter(
        {},
        {
          impl: ([d], ctx) => {
            if (d.email === 'a@b.co') return Promise.resolve([invitationFor(d)]);
            signal = ctx.signal;
            ctx.signal!.addEventListener('abort', () => second.reject(InvitationError.from(ctx.signal!.reason)));
            return second.promise;
          },
        },
      );
      const el = await formWith(adapter);
      const created: string[] = [];
      el.addEventListener('invitation-created', (e) => created.push(...e.detail.invitations.map((i) => i.email)));
      await submitEmails(el, 'a@b.co c@d.co');
      await new Promise((r) => setTimeout(r, 20));
      el.reset();
      await formOf(el).settled();
      expect(signal!.aborted).to.be.true;
      expect(created).to.deep.equal(['a@b.co']);
      expect(formOf(el).chips()).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="results"]')).to.be.null;
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!.hidden).to.be.true;
    });
  });
});
