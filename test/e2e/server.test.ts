/**
 * End to end: both elements, with the browser's own fetch, → the server handler on this origin
 * (`invitation-elements/server`, test/e2e/handler-server.mjs) → the emulators over HTTP, which require the
 * providers' credentials. For each provider: list, page, sort, filter, create, revoke and resend where the provider
 * has it; the events fire as without the handler; what reached the provider carries the server's token and nothing
 * of the browser's; nothing the page can read holds a credential or a token.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { PROVIDER_NAMES, type ProviderName } from '../../src/providers/providers.js';
import { nextEvent } from '../../src/testing/dom.js';
import { formOf } from '../invite-form/helpers.js';
import { listOf, renderList } from '../invitation-list/helpers.js';

interface Upstream {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

/** What each provider's list sends for the second page, for an ascending sort, for the pending filter. */
const WIRE: Record<ProviderName, { page: RegExp; sort: [string, string]; pending?: [string, string] }> = {
  auth0: { page: /[?&]page=1(&|$)/, sort: ['sort', 'created_at:1'] },
  clerk: { page: /[?&]offset=10(&|$)/, sort: ['order_by', '+created_at'], pending: ['status', 'pending'] },
  upsun: {
    page: /[?&]page%5Bafter%5D=|[?&]page\[after\]=/,
    sort: ['sort', 'updated_at'],
    pending: ['filter[state][eq]', 'pending'],
  },
};
/** A role each provider's form is given, where it needs one. */
const ROLE: Partial<Record<ProviderName, { value: string; label: string }>> = {
  clerk: { value: 'org:member', label: 'Member' },
  upsun: { value: 'billing', label: 'Billing' },
};

let endpoints: Record<ProviderName, string>;
before(async () => {
  ({ endpoints } = (await executeServerCommand<{ endpoints: Record<ProviderName, string> }, object>('handler-start', {
    count: 30,
    seed: 11,
  }))!);
});
after(() => executeServerCommand('handler-stop'));

const upstream = async (provider: ProviderName) =>
  (await executeServerCommand<Upstream[], { provider: ProviderName }>('handler-upstream', { provider }))!;
/** The provider's API calls (token requests left out). */
const apiCalls = async (provider: ProviderName) =>
  (await upstream(provider)).filter((r) => !/\/oauth2?\/token$/.test(new URL(r.url).pathname));

/** Every request the page made to the handler, as the page sent it. */
function recordPage() {
  const entries: { url: string; method: string; headers: Headers }[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    entries.push({ url: request.url, method: request.method, headers: request.headers });
    return original(input, init);
  };
  return { entries, restore: () => void (window.fetch = original) };
}

for (const provider of PROVIDER_NAMES) {
  describe(`elements → server handler → ${provider}`, function () {
    this.timeout(30_000);
    let page: ReturnType<typeof recordPage>;
    beforeEach(() => (page = recordPage()));
    afterEach(() => page.restore());

    it('lists, pages, sorts and filters through the handler, with the server’s token upstream', async () => {
      const { el } = await renderList((el) => {
        el.provider = provider;
        el.endpoint = endpoints[provider];
        el.pageSize = 10;
      });
      expect(listOf(el).rows()).to.have.length(10);
      let calls = await apiCalls(provider);
      const first = calls.at(-1)!;
      expect(first.method).to.equal('GET');
      expect(first.headers.authorization).to.match(/^Bearer \S+$/);
      expect(first.headers.cookie).to.equal(undefined);
      expect(page.entries.every((e) => new URL(e.url).origin === location.origin)).to.equal(true);
      expect(page.entries.some((e) => e.headers.has('authorization'))).to.equal(false);

      let loaded = listOf(el).loaded();
      listOf(el).$<HTMLButtonElement>('[part~="pager-next"]')!.click();
      await loaded;
      calls = await apiCalls(provider);
      expect(
        calls.some((c) => WIRE[provider].page.test(c.url)),
        'the second page went upstream',
      ).to.equal(true);
      // Upsun's cursor came back in a Link header: the handler pointed it at itself, never at the provider
      expect(page.entries.every((e) => new URL(e.url).pathname.startsWith(endpoints[provider]))).to.equal(true);

      const sort = listOf(el).part('sort') as HTMLSelectElement;
      sort.value = [...sort.options][1].value;
      loaded = listOf(el).loaded();
      sort.dispatchEvent(new Event('change'));
      await loaded;
      const [key, value] = WIRE[provider].sort;
      calls = await apiCalls(provider);
      expect(calls.map((c) => new URL(c.url).searchParams.get(key))).to.include(value);

      const pending = listOf(el).$<HTMLInputElement>('[part="status-filter"] input[value="pending"]');
      if (pending) {
        loaded = listOf(el).loaded();
        pending.click();
        await loaded;
        expect(listOf(el).rows().length).to.be.greaterThan(0);
        for (const row of listOf(el).rows())
          expect(row.querySelector('[part~="cell-status"]')!.textContent).to.match(/Pending/);
        if (WIRE[provider].pending) {
          const [name, state] = WIRE[provider].pending!;
          calls = await apiCalls(provider);
          expect(new URL(calls.at(-1)!.url).searchParams.getAll(name)).to.include(state);
        }
      }
    });

    it('creates from the form, and the list shows it; the events fire', async () => {
      const list = (
        await renderList((el) => {
          el.provider = provider;
          el.endpoint = endpoints[provider];
          el.id = `list-${provider}`;
        })
      ).el as InvitationList;
      const form = await fixture<InviteForm>(
        html`<invite-form
          provider=${provider}
          pace="0"
          list=${`list-${provider}`}
          client-id="AaiyAPdpYdesoKnqjj8HJqRn4T5titww"
          inviter-name="E2E Admin"
        ></invite-form>`,
      );
      form.endpoint = endpoints[provider];
      const role = ROLE[provider];
      if (role && provider === 'clerk') form.roles = [role];
      await form.updateComplete;
      if (role) await formOf(form).chooseRole(role.value);
      const email = `e2e.${provider}@example.com`;
      const created = nextEvent(form, 'invitation-created');
      const refreshed = listOf(list).loaded();
      await formOf(form).paste(email);
      await formOf(form).submit();
      const event = (await created) as CustomEvent<{ invitations: { email: string }[] }>;
      expect(event.detail.invitations.map((i) => i.email)).to.deep.equal([email]);
      await refreshed;
      expect(listOf(list).emails()).to.include(email);
      const post = (await apiCalls(provider)).filter((c) => c.method === 'POST').at(-1)!;
      const sent = (Array.isArray(post.body) ? post.body[0] : post.body) as Record<string, unknown>;
      expect(JSON.stringify(sent)).to.contain(email);
      if (provider === 'auth0') {
        // set by the server's policy, whatever the page sent
        expect(sent.client_id).to.equal('AaiyAPdpYdesoKnqjj8HJqRn4T5titww');
        expect(sent.inviter).to.deep.equal({ name: 'E2E Admin' });
      }
    });

    it('revokes, and resends where the provider can; the events fire and the audit log has each', async () => {
      const { el } = await renderList((el) => {
        el.provider = provider;
        el.endpoint = endpoints[provider];
      });
      const id = listOf(el)
        .rows()
        .find((r) => r.querySelector('[data-action="revoke"]'))!.dataset.id!;
      listOf(el).action(id, 'revoke')!.click();
      await el.updateComplete;
      const revoked = nextEvent(el, 'invitation-revoked');
      listOf(el).action(id, 'confirm')!.click();
      expect(((await revoked) as CustomEvent<{ invitation: { id: string } }>).detail.invitation.id).to.equal(id);
      const revoke = (await apiCalls(provider)).filter((c) => c.method !== 'GET').at(-1)!;
      expect(`${revoke.method} ${new URL(revoke.url).pathname}`).to.match(
        new RegExp(`^(DELETE|POST) .*/${id}(/revoke)?$`),
      );

      const resendable = listOf(el)
        .rows()
        .find((r) => r.querySelector('[data-action="resend"]'));
      if (provider === 'clerk') expect(resendable, 'Clerk has no resend').to.equal(undefined);
      if (resendable) {
        const other = resendable.dataset.id!;
        const resent = nextEvent(el, 'invitation-resent');
        listOf(el).action(other, 'resend')!.click();
        await resent;
      }
      const audits = (await executeServerCommand<{ provider: string; action: string; outcome: string }[], undefined>(
        'handler-audits',
      ))!;
      const mine = audits.filter((a) => a.provider === provider).map((a) => `${a.action} ${a.outcome}`);
      expect(mine).to.include('list done');
      expect(mine).to.include('revoke done');
      if (provider === 'upsun') expect(mine).to.include('resend done');
      if (provider === 'auth0') expect(mine.filter((a) => a === 'create done').length).to.be.greaterThan(0);
    });

    it('leaves nothing of a credential or a token where the page can read it', async () => {
      const secrets = (await executeServerCommand<string[], undefined>('handler-secrets'))!;
      expect(secrets.length).to.be.greaterThan(3);
      const { el } = await renderList((el) => {
        el.provider = provider;
        el.endpoint = endpoints[provider];
      });
      const answers = await Promise.all(
        [endpoints[provider], `${endpoints[provider]}/..%2f..%2fusers`, `${endpoints[provider]}?per_page=1`].map(
          async (url) => {
            const response = await fetch(url);
            return `${[...response.headers].join(' ')} ${await response.text()}`;
          },
        ),
      );
      const readable = [...answers, document.documentElement.outerHTML, el.shadowRoot!.innerHTML, document.cookie];
      expect(readable.filter((text) => secrets.some((s) => text.includes(s)))).to.deep.equal([]);
    });
  });
}
