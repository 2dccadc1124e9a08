/**
 * After a create, the new invitations are visible (issue 16, point 7): a list linked to the form — by `list=` and
 * by listening for `invitation-created` on the same endpoint, both at once — goes to the first page in the default
 * order, loads it once, marks the new rows and announces them; the marks go after `newMarkDuration`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { Emulator } from '../../src/emulator/index.js';
import { matchSpecPath, validateRequestBody } from '../support/specs.js';
import { formOf } from '../invite-form/helpers.js';
import { until } from '../../src/testing/dom.js';
import { emulator, listOf, listRequests, textOf, PROVIDERS, type ProviderName } from './helpers.js';

/** Whether a list request asks for the first page (no page number, offset or cursor past it). */
const FIRST_PAGE: Record<ProviderName, (url: URL) => boolean> = {
  auth0: (url) => (url.searchParams.get('page') ?? '0') === '0',
  clerk: (url) => (url.searchParams.get('offset') ?? '0') === '0',
  upsun: (url) => !url.searchParams.has('page[after]') && !url.searchParams.has('page[before]'),
};
/** A sort other than the default, for each provider. */
const OTHER_SORT: Record<ProviderName, string> = {
  auth0: 'created_at:asc',
  clerk: 'created_at:asc',
  upsun: 'updated_at:asc',
};
/** What each provider's form needs to send. */
const FORM: Record<ProviderName, { attributes: Record<string, string>; role?: string }> = {
  auth0: { attributes: { 'client-id': 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww', 'inviter-name': 'Ada Admin' } },
  clerk: { attributes: {}, role: 'org:member' },
  upsun: { attributes: {}, role: 'billing' },
};

const live = (el: InvitationList) => textOf(listOf(el).$('[role="status"]'));

async function page(provider: ProviderName, em: Emulator) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:1100px">
      <invite-form id="form" provider=${provider} pace="0" list="the-list"></invite-form>
      <invitation-list id="the-list" provider=${provider} page-size="5"></invitation-list>
    </div>`,
  );
  const form = wrapper.querySelector<InviteForm>('invite-form')!;
  const list = wrapper.querySelector<InvitationList>('invitation-list')!;
  for (const el of [form, list]) Object.assign(el, { endpoint: em.endpoint, fetcher: em.fetch });
  form.roles = [...em.roles];
  for (const [name, value] of Object.entries(FORM[provider].attributes)) form.setAttribute(name, value);
  await listOf(list).loaded();
  await form.updateComplete;
  if (FORM[provider].role) await formOf(form).chooseRole(FORM[provider].role!);
  return { form, list };
}

describe('<invitation-list> after a create', () => {
  for (const provider of PROVIDERS) {
    it(`goes to the first page in the default order, loads it once, marks and announces the new rows (${provider})`, async () => {
      const em = emulator(provider, 23);
      const { form, list } = await page(provider, em);
      // somewhere else: another order, the second page
      const sort = listOf(list).part('sort') as HTMLSelectElement;
      sort.value = OTHER_SORT[provider];
      let loaded = listOf(list).loaded();
      sort.dispatchEvent(new Event('change'));
      await loaded;
      loaded = listOf(list).loaded();
      listOf(list).$<HTMLButtonElement>('[part~="pager-next"]')!.click();
      await loaded;
      await listOf(list).settle();

      // the form looks the address up as it is typed (pending invitations): not a load of the list
      await formOf(form).paste('new.person@example.com');
      await formOf(form).checked();
      const before = em.requests.length;
      const changes: unknown[] = [];
      list.addEventListener('invitation-query-change', (e) => changes.push((e as CustomEvent).detail.query));
      loaded = listOf(list).loaded();
      await formOf(form).submit();
      await formOf(form).settled();
      await loaded;
      await listOf(list).settle();

      const after = em.requests.slice(before);
      for (const r of after) {
        matchSpecPath(provider, r.url);
        if (r.method === 'POST') validateRequestBody(provider, r.method, r.url, r.body);
      }
      const gets = after.filter((r) => r.method === 'GET').map((r) => new URL(r.url));
      expect(gets.filter(FIRST_PAGE[provider]), 'first-page loads after the create').to.have.length(1);
      expect(listRequests(em).length).to.be.greaterThan(0);
      expect(list.sort).to.equal('');
      expect(sort.value).to.not.equal(OTHER_SORT[provider]);
      expect(changes).to.have.length(1);

      const fresh = listOf(list).$$('[part~="row-new"]');
      expect(fresh.map((row) => textOf(row.querySelector('[part~="cell-email"]')))).to.deep.equal([
        'new.person@example.com New',
      ]);
      expect(listOf(list).rows()[0]).to.equal(fresh[0]);
      expect(live(list)).to.equal('1 new invitation at the top');
      await expect(list).to.be.accessible();
    });
  }

  it('says it in the page’s language, and the marks go after newMarkDuration', async () => {
    const duration = InvitationList.newMarkDuration;
    InvitationList.newMarkDuration = 150;
    try {
      const em = emulator('clerk', 3);
      const { form, list } = await page('clerk', em);
      list.setAttribute('lang', 'de');
      await list.updateComplete;
      const loaded = listOf(list).loaded();
      await formOf(form).paste('a.new@example.com, b.new@example.com');
      await formOf(form).submit();
      await loaded;
      await listOf(list).settle();
      expect(listOf(list).$$('[part~="row-new"]')).to.have.length(2);
      expect(live(list)).to.equal('2 neue Einladungen oben');
      await until(() => listOf(list).$$('[part~="row-new"]').length === 0, { timeout: 2000 });
      expect(listOf(list).$$('[part="new-mark"]')).to.deep.equal([]);
    } finally {
      InvitationList.newMarkDuration = duration;
    }
  });

  it('shows one creation once, however many ways it is reported', async () => {
    const em = emulator('auth0', 3);
    const { list } = await page('auth0', em);
    const before = em.requests.length;
    const detail = { invitations: [], endpoint: em.endpoint };
    await Promise.all([list.showCreated(detail), list.showCreated(detail)]);
    await list.showCreated(detail);
    await listOf(list).settle();
    const gets = em.requests
      .slice(before)
      .filter((r) => r.method === 'GET')
      .map((r) => new URL(r.url));
    expect(gets.filter(FIRST_PAGE.auth0)).to.have.length(1);
  });
});
