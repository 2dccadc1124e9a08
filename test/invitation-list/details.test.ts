/**
 * The details of one invitation: a Details button on every row opens, under it, every field of the model in full —
 * dates with the time, roles with their values, the inviter's id, the invitation's id and its https link — one row
 * at a time; Escape closes it and focus goes back to the button. Checked for every provider against what the
 * adapter made of the provider's answer.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { Invitation } from '../../src/model.js';
import { emulator, listOf, PROVIDERS, renderList, textOf, withEmulator } from './helpers.js';

const details = (el: InvitationList) => el.shadowRoot!.querySelector<HTMLElement>('[part="details"]');
const fields = (el: InvitationList) =>
  [...details(el)!.querySelectorAll('div')].map((d) => [textOf(d.querySelector('dt')), textOf(d.querySelector('dd'))]);

async function open(el: InvitationList, id: string) {
  listOf(el).action(id, 'details')!.click();
  await el.updateComplete;
}

describe('<invitation-list> details', () => {
  for (const provider of PROVIDERS) {
    it(`${provider}: shows every field of an invitation in full, under its row`, async () => {
      const em = emulator(provider, 12);
      const { el, events } = await renderList((el) => {
        withEmulator(em, provider)(el);
        el.roles = [...em.roles];
      });
      const invitations = events.of('invitation-loaded')[0].detail.invitations as Invitation[];
      const inv = invitations.find((i) => i.roles.length && i.inviter) ?? invitations[0];
      const button = listOf(el).action(inv.id, 'details')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-label')).to.equal(`Details of ${inv.email}`);
      await open(el, inv.id);

      const row = listOf(el).row(inv.id)!;
      expect(row.nextElementSibling?.getAttribute('part'), 'right under its row').to.equal('details-row');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const group = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal(`Details of ${inv.email}`);

      const full = (d: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
      const shown = Object.fromEntries(fields(el));
      expect(Object.keys(shown)).to.deep.equal([
        'Email',
        'Status',
        'Roles',
        'Invited by',
        'Sent',
        'Updated',
        'Expires',
        'ID',
        'Invitation link',
      ]);
      expect(shown.Email).to.equal(inv.email);
      expect(shown.ID).to.equal(inv.id);
      expect(shown['Invitation link']).to.equal(inv.url ?? '—');
      for (const role of inv.roles) expect(shown.Roles).to.contain(role);
      if (inv.inviter?.name) expect(shown['Invited by']).to.contain(inv.inviter.name);
      // dates in full, with their machine-readable value
      const times = [...details(el)!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.include(inv.createdAt!.toISOString());
      if (inv.expiresAt) expect(times).to.include(inv.expiresAt.toISOString());
      expect(shown.Sent).to.equal(full(inv.createdAt!));
      expect(shown.Expires).to.equal(inv.expiresAt ? full(inv.expiresAt) : '—');
      await expect(el).to.be.accessible();
    });
  }

  it('opens one at a time, and a second click closes it', async () => {
    const em = emulator('clerk', 5);
    const { el } = await renderList(withEmulator(em, 'clerk'));
    const [first, second] = listOf(el)
      .rows()
      .map((r) => r.dataset.id!);
    await open(el, first);
    await open(el, second);
    expect(el.shadowRoot!.querySelectorAll('[part="details-row"]')).to.have.length(1);
    expect(listOf(el).row(second)!.nextElementSibling?.getAttribute('part')).to.equal('details-row');
    expect(listOf(el).action(first, 'details')!.getAttribute('aria-expanded')).to.equal('false');
    await open(el, second);
    expect(details(el)).to.equal(null);
    expect(listOf(el).action(second, 'details')!.hasAttribute('aria-controls')).to.equal(false);
  });

  it('works by keyboard: Enter opens, Escape inside closes and gives focus back to the button', async () => {
    const em = emulator('upsun', 5);
    const { el } = await renderList(withEmulator(em, 'upsun'));
    const id = listOf(el).rows()[0].dataset.id!;
    const button = listOf(el).action(id, 'details')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details(el)).to.exist;
    expect(listOf(el).focused()).to.equal(button);
    details(el)!
      .closest('tr')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(details(el)).to.equal(null);
    expect(listOf(el).focused()).to.equal(listOf(el).action(id, 'details'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(details(el), 'Space opens it too').to.exist;
    await sendKeys({ press: 'Escape' }); // on the button
    await el.updateComplete;
    expect(details(el), 'Escape on the button closes it').to.equal(null);
    expect(listOf(el).focused()).to.equal(listOf(el).action(id, 'details'));
  });

  it('says the dates and labels in the page language', async () => {
    const em = emulator('clerk', 5);
    const { el } = await renderList((el) => {
      withEmulator(em, 'clerk')(el);
      el.lang = 'de';
    });
    await open(el, listOf(el).rows()[0].dataset.id!);
    expect(fields(el).map(([label]) => label)).to.include.members(['E-Mail', 'ID', 'Einladungslink']);
    expect(listOf(el).action(listOf(el).rows()[0].dataset.id!, 'details')!.textContent!.trim()).to.equal('Details');
  });

  it('is styled with "select many" too, whichever of their styles came first (neither drops the other)', async () => {
    for (const selectFirst of [true, false]) {
      const em = emulator('clerk', 30);
      const { el } = await renderList((el) => {
        withEmulator(em, 'clerk')(el);
        el.status = 'pending';
        el.selectable = selectFirst;
      });
      const id = listOf(el).rows()[0].dataset.id!;
      if (!selectFirst) {
        await open(el, id);
        el.selectable = true;
        await el.updateComplete;
        await open(el, id); // (closes it)
      }
      await open(el, id);
      const label = selectFirst ? 'select many loaded first' : 'details loaded first';
      expect(getComputedStyle(details(el)!).display, label).to.equal('grid');
      expect(getComputedStyle(listOf(el).checkbox(id)!).width, label).to.equal('24px');
    }
  });
});
