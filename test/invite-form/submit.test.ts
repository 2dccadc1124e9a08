/** Submitting: locking, pacing, events, partial failure, 429, network failure, timeout, stop, list linkage. */
import { expect, fixture, html } from '@open-wc/testing';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import type { InvitationCreatedEvent, InvitationCreateEvent, InvitationErrorEvent } from '../../src/events.js';
import { InvitationError, type Invitation } from '../../src/model.js';
import { upsunAdapter } from '../../src/providers/upsun.js';
import { scriptedFetcher } from '../../src/testing/fetcher.js';
import {
  ENDPOINT,
  ROLES,
  deferred,
  fakeAdapter,
  formWith,
  httpError,
  invitationFor,
  resultRows,
  sleep,
  submitEmails,
  formOf,
} from './helpers.js';

/** An Upsun form whose requests go through `fetcher`. */
async function upsunForm(fetcher: typeof fetch, props: Partial<InviteForm> = {}) {
  const el = await formWith(upsunAdapter, { fetcher, ...props });
  formOf(el).$<HTMLInputElement>('input[value="admin"]')!.click();
  await el.updateComplete;
  return el;
}

describe('<invite-form>', () => {
  describe('when the form is submitting', () => {
    it('is busy and locked, a second click or Enter sends nothing more, and axe passes', async () => {
      const held = deferred<Invitation[]>();
      const adapter = fakeAdapter({}, { impl: () => held.promise });
      const el = await formWith(adapter);
      let createEvents = 0;
      el.addEventListener('invitation-create', () => createEvents++);
      await submitEmails(el, 'a@b.co');
      const button = formOf(el).submitButton();
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(formOf(el).$<HTMLFieldSetElement>('fieldset.fields')!.disabled).to.be.true;
      expect(formOf(el).$('[part="progress"]')!.textContent).to.contain('Sending 1 of 1…');
      await expect(el).to.be.accessible();

      button.click();
      formOf(el).$<HTMLFormElement>('form')!.requestSubmit();
      await el.updateComplete;
      expect(adapter.calls).to.have.length(1);
      expect(createEvents).to.equal(1);

      held.resolve([invitationFor({ email: 'a@b.co', roles: [] })]);
      await formOf(el).settled();
      expect(button.getAttribute('aria-busy')).to.equal('false');
      expect(formOf(el).$<HTMLFieldSetElement>('fieldset.fields')!.disabled).to.be.false;
    });
  });

  describe('when the host cancels invitation-create', () => {
    it('sends nothing and keeps the addresses', async () => {
      const adapter = fakeAdapter({ sendEmail: true, roles: { min: 1, max: 1, options: ROLES } });
      const el = await formWith(adapter, { inviterName: 'ignored: not an Auth0 field here' });
      formOf(el).$<HTMLSelectElement>('#role-select')!.value = 'admin';
      formOf(el).$('#role-select')!.dispatchEvent(new Event('change'));
      let detail: InvitationCreateEvent['detail'] | undefined;
      el.addEventListener('invitation-create', (e) => {
        detail = e.detail;
        expect(e.bubbles && e.composed && e.cancelable).to.be.true;
        e.preventDefault();
      });
      await submitEmails(el, 'a@b.co, c@d.co');
      expect(detail!.drafts).to.deep.equal([
        { email: 'a@b.co', roles: ['admin'], sendEmail: true },
        { email: 'c@d.co', roles: ['admin'], sendEmail: true },
      ]);
      expect(adapter.calls).to.have.length(0);
      expect(formOf(el).chips()).to.deep.equal(['a@b.co', 'c@d.co']);
    });
  });

  describe('when a listener of invitation-create tries to change the drafts', () => {
    it("cannot: the detail is a deeply frozen copy, and the drafts sent are the form's", async () => {
      const adapter = fakeAdapter({ roles: { min: 1, max: 1, options: ROLES } });
      const el = await formWith(adapter);
      await formOf(el).chooseRole('admin');
      const refused: string[] = [];
      el.addEventListener('invitation-create', (e) => {
        const drafts = e.detail.drafts as { email: string; roles: string[] }[];
        const attempts: [string, () => void][] = [
          ['email', () => (drafts[0].email = 'attacker@evil.example')],
          ['roles', () => drafts[0].roles.push('owner')],
          ['list', () => drafts.push({ email: 'extra@evil.example', roles: ['owner'] })],
        ];
        for (const [what, attempt] of attempts) {
          try {
            attempt();
          } catch (error) {
            if (error instanceof TypeError) refused.push(what);
          }
        }
      });
      await submitEmails(el, 'a@b.co');
      await formOf(el).settled();
      expect(refused).to.deep.equal(['email', 'roles', 'list']);
      expect(adapter.calls).to.deep.equal([[{ email: 'a@b.co', roles: ['admin'] }]]);
    });
  });

  describe('when every invitation is created', () => {
    it('announces it politely, fires invitation-created, resets the addresses and keeps the role and expiry', async () => {
      const adapter = fakeAdapter({
        roles: { min: 1, max: 1, options: ROLES },
        expiry: { min: 86400, max: 30 * 86400, step: 1, default: 7 * 86400 },
      });
      const el = await formWith(adapter);
      formOf(el).$<HTMLSelectElement>('#role-select')!.value = 'billing';
      formOf(el).$('#role-select')!.dispatchEvent(new Event('change'));
      const expiry = formOf(el).$<HTMLInputElement>('#expiry-input')!;
      expiry.value = '3';
      expiry.dispatchEvent(new InputEvent('input'));
      const events: InvitationCreatedEvent[] = [];
      el.addEventListener('invitation-created', (e) => events.push(e));
      await submitEmails(el, 'a@b.co');
      await formOf(el).settled();
      expect(adapter.calls[0][0].expiresInSeconds).to.equal(3 * 86400);
      expect(events).to.have.length(1);
      expect(events[0].bubbles && events[0].composed).to.be.true;
      expect(events[0].detail.invitations.map((i) => i.email)).to.deep.equal(['a@b.co']);
      expect(events[0].detail.endpoint).to.equal(ENDPOINT);
      expect(formOf(el).$('[part="status"]')!.getAttribute('role')).to.equal('status');
      expect(formOf(el).statusText()).to.equal('Invitation sent to a@b.co');
      expect(formOf(el).chips()).to.deep.equal([]);
      expect(formOf(el).$<HTMLSelectElement>('#role-select')!.value).to.equal('billing');
      expect(formOf(el).$<HTMLInputElement>('#expiry-input')!.value).to.equal('3');
      expect(formOf(el).alertText()).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('calls refresh() on the <invitation-list> named by the list attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div id="my-list"></div>
          <invite-form endpoint=${ENDPOINT} pace="0" list="my-list"></invite-form>
        </div>`,
      );
      let refreshed = 0;
      Object.assign(wrapper.querySelector('#my-list')!, { refresh: () => refreshed++ });
      const el = wrapper.querySelector('invite-form')!;
      el.adapter = fakeAdapter();
      await el.updateComplete;
      await submitEmails(el, 'a@b.co');
      await formOf(el).settled();
      expect(refreshed).to.equal(1);
    });
  });

  describe('when many addresses go one by one', () => {
    it('waits at least `pace` ms between requests', async () => {
      const adapter = fakeAdapter();
      const el = await formWith(adapter, { pace: 60 });
      await submitEmails(el, 'a@b.co c@d.co e@f.co');
      await formOf(el).settled();
      expect(adapter.calls.map((c) => c.map((d) => d.email))).to.deep.equal([['a@b.co'], ['c@d.co'], ['e@f.co']]);
      const gaps = adapter.times.slice(1).map((t, i) => t - adapter.times[i]);
      for (const gap of gaps) expect(gap).to.be.at.least(55);
      expect(formOf(el).statusText()).to.equal('3 invitations sent');
    });

    it('sends chunks of bulkSize to adapters that take several', async () => {
      const adapter = fakeAdapter({}, { bulkSize: 2 });
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co c@d.co e@f.co');
      await formOf(el).settled();
      expect(adapter.calls.map((c) => c.length)).to.deep.equal([2, 1]);
    });
  });

  describe('when the server answers with an address holding bidi controls', () => {
    it('announces it without them, so they cannot reorder the message', async () => {
      const adapter = fakeAdapter(
        {},
        { impl: async ([draft]) => [{ ...invitationFor(draft), email: '\u202Emoc.elpmaxe@lived' }] },
      );
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co');
      await formOf(el).settled();
      expect(formOf(el).statusText()).to.equal('Invitation sent to moc.elpmaxe@lived');
    });
  });

  describe('when some addresses fail', () => {
    it('reports per address, keeps the failed ones in the field, and fires both events', async () => {
      const adapter = fakeAdapter(
        {},
        {
          impl: async ([draft]) => {
            if (draft.email === 'c@d.co')
              throw httpError(400, 'Mailbox is on a deny list.', { code: 'denied', field: 'email' });
            if (draft.email === 'e@f.co') throw httpError(422, 'Quota of seats reached.', { code: 'quota' });
            return [invitationFor(draft)];
          },
        },
      );
      const el = await formWith(adapter);
      const created: InvitationCreatedEvent[] = [];
      const errors: InvitationErrorEvent[] = [];
      el.addEventListener('invitation-created', (e) => created.push(e));
      el.addEventListener('invitation-error', (e) => errors.push(e));
      await submitEmails(el, 'a@b.co c@d.co e@f.co g@h.co');
      await formOf(el).settled();

      expect(adapter.calls).to.have.length(4); // a 400/422 concerns its address only: the others still go
      expect(created[0].detail.invitations.map((i) => i.email)).to.deep.equal(['a@b.co', 'g@h.co']);
      expect(
        errors.map((e) => [e.detail.action, e.detail.error.code, e.detail.drafts!.map((d) => d.email)]),
      ).to.deep.equal([
        ['create', 'denied', ['c@d.co']],
        ['create', 'quota', ['e@f.co']],
      ]);
      expect(formOf(el).chips()).to.deep.equal(['c@d.co', 'e@f.co']);
      expect(formOf(el).$('#emails-error')!.textContent).to.contain('c@d.co: Mailbox is on a deny list.');
      expect(formOf(el).alertText()).to.contain('2 of 4 invitations could not be sent.');
      expect(formOf(el).alertText()).to.contain('Quota of seats reached.');
      expect(formOf(el).$('[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(formOf(el).statusText()).to.equal('2 invitations sent');
      expect(resultRows(el)).to.deep.equal([
        'sent ✓ a@b.co: sent',
        'failed ✗ c@d.co: not sent: Mailbox is on a deny list.',
        'failed ✗ e@f.co: not sent: Quota of seats reached.',
        'sent ✓ g@h.co: sent',
      ]);
      await expect(el).to.be.accessible();
    });

    it('names the attribute to check when the server rejects a host-set field', async () => {
      const adapter = fakeAdapter(
        { fields: { clientId: { required: true } } },
        {
          impl: async () =>
            Promise.reject(httpError(400, 'The specified client_id does not exist.', { field: 'clientId' })),
        },
      );
      const el = await formWith(adapter, { clientId: 'cli_x' });
      await submitEmails(el, 'a@b.co');
      await formOf(el).settled();
      expect(formOf(el).alertText()).to.contain(
        'The specified client_id does not exist. Check the client-id attribute.',
      );
    });
  });

  describe('when the server answers 429', () => {
    it('keeps the refused address, pauses with a visible countdown, then sends the next one (never the same twice)', async () => {
      let calls = 0;
      const adapter = fakeAdapter(
        {},
        {
          impl: async ([draft]) => {
            if (calls++ === 0) throw httpError(429, 'Too many requests.', { retryAfter: 1 });
            return [invitationFor(draft)];
          },
        },
      );
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co c@d.co');
      await sleep(50);
      await el.updateComplete;
      expect(formOf(el).$('[part="progress"] [role="timer"]')!.textContent).to.equal('Sending resumes in 1 s…');
      expect(formOf(el).statusText()).to.contain('slow down');
      await expect(el).to.be.accessible();
      await formOf(el).settled();
      expect(adapter.calls.map((c) => c[0].email)).to.deep.equal(['a@b.co', 'c@d.co']);
      expect(adapter.times[1] - adapter.times[0]).to.be.at.least(950);
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
      expect(formOf(el).alertText()).to.contain('Too many requests.');
    });

    it('stops after a bounded number of 429s in a row and leaves the rest unsent', async () => {
      const adapter = fakeAdapter(
        {},
        { impl: async () => Promise.reject(httpError(429, 'Slow down.', { retryAfter: 0 })) },
      );
      const el = await formWith(adapter);
      const errors: InvitationErrorEvent[] = [];
      el.addEventListener('invitation-error', (e) => errors.push(e));
      const emails = ['a@b.co', 'c@d.co', 'e@f.co', 'g@h.co', 'i@j.co'];
      await submitEmails(el, emails.join(' '));
      await formOf(el).settled();
      expect(adapter.calls.map((c) => c[0].email)).to.deep.equal(emails.slice(0, 4));
      expect(formOf(el).chips()).to.deep.equal(emails);
      expect(errors.map((e) => e.detail.drafts!.map((d) => d.email))).to.deep.equal([
        ['a@b.co'],
        ['c@d.co'],
        ['e@f.co'],
        ['g@h.co'],
        ['i@j.co'],
      ]);
      expect(formOf(el).alertText()).to.contain('No invitation could be sent.');
      expect(formOf(el).alertText()).to.contain('Slow down.');
    });

    it('does not wait out a Retry-After longer than a minute', async () => {
      const adapter = fakeAdapter(
        {},
        { impl: async () => Promise.reject(httpError(429, 'Hourly quota used up.', { retryAfter: 3600 })) },
      );
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co c@d.co');
      await formOf(el).settled();
      expect(adapter.calls).to.have.length(1);
      expect(formOf(el).chips()).to.deep.equal(['a@b.co', 'c@d.co']);
      expect(formOf(el).alertText()).to.contain('Hourly quota used up.');
    });
  });

  describe('when the network fails', () => {
    it('keeps every address, says why, stops after the first failure and never retries the POST', async () => {
      const { fetcher, requests } = scriptedFetcher(() => Promise.reject(new TypeError('Failed to fetch')));
      const el = await upsunForm(fetcher);
      const errors: InvitationErrorEvent[] = [];
      el.addEventListener('invitation-error', (e) => errors.push(e));
      await submitEmails(el, 'a@b.co c@d.co');
      await formOf(el).settled();
      // the look-up of pending invitations failed too, silently (the POST would say it)
      expect(requests.map((r) => r.method)).to.deep.equal(['GET', 'POST']);
      expect(errors.map((e) => [e.detail.error.kind, e.detail.drafts!.map((d) => d.email)])).to.deep.equal([
        ['network', ['a@b.co']],
        ['network', ['c@d.co']],
      ]);
      expect(formOf(el).chips()).to.deep.equal(['a@b.co', 'c@d.co']);
      expect(formOf(el).$<HTMLInputElement>('input[value="admin"]')!.checked).to.be.true;
      expect(formOf(el).alertText()).to.contain('Could not reach the Upsun server.');
      expect(resultRows(el)[1]).to.contain('c@d.co: not sent: Could not reach the Upsun server.');
      await expect(el).to.be.accessible();
    });

    it('retries nothing after a 500 either', async () => {
      const { fetcher, requests } = scriptedFetcher({ status: 500, body: { error: 'Internal error' } });
      const el = await upsunForm(fetcher);
      await submitEmails(el, 'a@b.co');
      await formOf(el).settled();
      expect(requests.filter((r) => r.method === 'POST')).to.have.length(1);
      expect(formOf(el).alertText()).to.contain('Internal error');
    });
  });

  describe('when the server takes longer than the timeout', () => {
    it('gives up with a timeout error and keeps the address', async () => {
      const fetcher = (_: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason));
        });
      const el = await upsunForm(fetcher, { timeout: 80 });
      const failed = new Promise<InvitationErrorEvent>((r) =>
        el.addEventListener('invitation-error', r, { once: true }),
      );
      await submitEmails(el, 'a@b.co');
      expect((await failed).detail.error.kind).to.equal('timeout');
      await formOf(el).settled();
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
      expect(formOf(el).alertText()).to.contain('The server took too long to answer.');
    });
  });

  describe('when the user stops a submission', () => {
    it('aborts the request in flight and keeps the addresses not sent', async () => {
      let signal: AbortSignal | undefined;
      const adapter = fakeAdapter(
        {},
        {
          impl: ([draft], ctx) => {
            if (draft.email === 'a@b.co') return Promise.resolve([invitationFor(draft)]);
            signal = ctx.signal;
            return new Promise((_r, reject) =>
              ctx.signal!.addEventListener('abort', () => reject(InvitationError.from(ctx.signal!.reason))),
            );
          },
        },
      );
      const el = await formWith(adapter);
      let errors = 0;
      el.addEventListener('invitation-error', () => errors++);
      await submitEmails(el, 'a@b.co c@d.co e@f.co');
      await sleep(20);
      formOf(el).$<HTMLButtonElement>('[part="stop"]')!.click();
      await formOf(el).settled();
      expect(signal!.aborted).to.be.true;
      expect(adapter.calls).to.have.length(2);
      expect(formOf(el).chips()).to.deep.equal(['c@d.co', 'e@f.co']);
      expect(formOf(el).alertText()).to.contain('Sending stopped.');
      expect(formOf(el).statusText()).to.equal('Invitation sent to a@b.co');
      expect(errors).to.equal(0);
    });
  });

  describe('when the form is submitted with Enter in the email input', () => {
    it('gives focus back to the input after the fields were locked', async () => {
      const held = deferred<Invitation[]>();
      const el = await formWith(fakeAdapter({}, { impl: () => held.promise }));
      await formOf(el).paste('a@b.co');
      formOf(el).emailInput().focus();
      formOf(el).$<HTMLFormElement>('form')!.requestSubmit();
      await formOf(el).checked();
      // locked: Chromium and WebKit then drop the focus of the disabled input, Firefox keeps it there
      expect(formOf(el).emailInput().disabled).to.equal(true);
      held.resolve([invitationFor({ email: 'a@b.co', roles: [] })]);
      await formOf(el).settled();
      await el.updateComplete;
      expect(formOf(el).focusName()).to.equal('#emails-input');
    });
  });
});
