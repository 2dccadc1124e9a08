/**
 * "Select many" on <invitation-list selectable>: checkboxes, the bulk bar, Revoke N with one confirmation, Resend N,
 * the one-by-one run (pace, 429 waited out, failures kept with their reason), the events, and the selection across
 * pages and queries — on each provider's emulator, the wire checked against its spec.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Emulator } from '../../src/emulator/index.js';
import type {
  InvitationBulkResentEvent,
  InvitationBulkRevokeEvent,
  InvitationBulkRevokedEvent,
} from '../../src/events.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { BUILTIN_LOCALES, type BuiltinLocale } from '../../src/i18n/builtin.js';
import { InvitationError } from '../../src/model.js';
import { press } from '../support/engines.js';
import { matchSpecPath, validateRequestBody, validateResponse } from '../support/specs.js';
import {
  PROVIDERS,
  deferred,
  emulator,
  fakeAdapter,
  invitation,
  invitations,
  listOf,
  recordEvents,
  renderList,
  textOf,
  withAdapter,
  type ProviderName,
} from './helpers.js';

const BULK_EVENTS = [
  'invitation-bulk-revoke',
  'invitation-bulk-revoked',
  'invitation-bulk-resend',
  'invitation-bulk-resent',
  'invitation-revoke',
  'invitation-revoked',
  'invitation-resend',
  'invitation-resent',
  'invitation-error',
];

/** Each provider's revoke on the wire. */
const REVOKE: Record<ProviderName, { method: 'DELETE' | 'POST'; url: (endpoint: string, id: string) => string }> = {
  auth0: { method: 'DELETE', url: (endpoint, id) => `${endpoint}/${id}` },
  clerk: { method: 'POST', url: (endpoint, id) => `${endpoint}/${id}/revoke` },
  upsun: { method: 'DELETE', url: (endpoint, id) => `${endpoint}/${id}` },
};

interface Sent {
  method: string;
  url: string;
  start: number;
  end: number;
  status: number;
}

/**
 * The emulator's fetch, recording every request that changes something (not the GETs): when it started and ended,
 * its answer checked against the provider's spec, and how many were in flight at once. `before(n)` runs before the
 * n-th such request (from 0), e.g. to queue a fault for it.
 */
function tracking(em: Emulator, provider: ProviderName, before?: (n: number) => void) {
  const sent: Sent[] = [];
  let inFlight = 0;
  let most = 0;
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method === 'GET') return em.fetch(input, init);
    before?.(sent.length);
    const entry: Sent = { method, url: String(input), start: performance.now(), end: 0, status: 0 };
    sent.push(entry);
    most = Math.max(most, ++inFlight);
    try {
      const response = await em.fetch(input, init);
      entry.status = response.status;
      const text = await response.clone().text();
      if (response.status < 400) {
        validateResponse(provider, method, entry.url, response.status, text ? JSON.parse(text) : undefined);
      }
      return response;
    } finally {
      entry.end = performance.now();
      inFlight--;
    }
  };
  return { fetcher, sent, mostInFlight: () => most };
}

/** A selectable list on a provider's emulator, pending invitations only (every row can be selected). */
async function selectableOn(provider: ProviderName, em: Emulator, fetcher = em.fetch, pace = 0) {
  const { el } = await renderList((el) => {
    el.provider = provider;
    el.endpoint = em.endpoint;
    el.fetcher = fetcher;
    el.status = 'pending';
    el.pageSize = 10;
    el.selectable = true;
    el.pace = pace;
  });
  const events = recordEvents(el, BULK_EVENTS);
  return { el, events };
}

/** Clicks the checkboxes of these rows (by position), in order; returns their ids. */
async function select(el: InvitationList, positions: number[]): Promise<string[]> {
  const rows = listOf(el).rows();
  const ids = positions.map((i) => rows[i].dataset.id!);
  for (const id of ids) {
    listOf(el).checkbox(id)!.click();
    await el.updateComplete;
  }
  return ids;
}

const live = (el: InvitationList) => textOf(listOf(el).$('[role="status"]'));
const bar = (el: InvitationList) => listOf(el).part('bulk-bar');

/** Revoke N → the confirmation → Revoke N; resolves with the summary event. */
async function revokeSelected(el: InvitationList): Promise<InvitationBulkRevokedEvent> {
  listOf(el).bulkAction('revoke')!.click();
  await el.updateComplete;
  const done = new Promise<InvitationBulkRevokedEvent>((resolve) =>
    el.addEventListener('invitation-bulk-revoked', resolve, { once: true }),
  );
  listOf(el).bulkAction('confirm')!.click();
  return done;
}

/** Each request started after the one before it had ended. */
const oneAtATime = (sent: Sent[]) => sent.every((r, i) => i === 0 || r.start >= sent[i - 1].end);

describe('<invitation-list selectable>', () => {
  describe('the checkboxes', () => {
    it('are there only with selectable, and only on rows that can be revoked', async () => {
      const items = [invitation(1), invitation(2, { status: 'accepted' }), invitation(3), invitation(4)];
      const fake = fakeAdapter({ items });
      const { el } = await renderList(withAdapter(fake));
      expect(listOf(el).$$('[part="select-row"]').length, 'none without the attribute').to.equal(0);
      expect(listOf(el).part('select-page')).to.equal(null);
      el.selectable = true;
      await el.updateComplete;
      expect(el.hasAttribute('selectable')).to.equal(true);
      expect(
        listOf(el)
          .rows()
          .map((r) => !!r.querySelector('[part="select-row"]')),
      ).to.deep.equal([true, false, true, true]);
      expect(listOf(el).checkbox('inv_1')!.getAttribute('aria-label')).to.equal(
        'Select the invitation for person1@example.com',
      );
      expect(listOf(el).part('select-page')!.getAttribute('aria-label')).to.equal(
        'Select every invitation on this page',
      );
      expect(bar(el), 'no bar while nothing is selected').to.equal(null);
      await expect(el).to.be.accessible();
      el.removeAttribute('selectable');
      await el.updateComplete;
      expect(listOf(el).$$('[part="select-row"]').length, 'gone again without the attribute').to.equal(0);
    });

    it('shows none where the adapter cannot revoke', async () => {
      const fake = fakeAdapter({ caps: { revoke: false }, items: invitations(3) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.selectable = true;
      });
      expect(listOf(el).$$('[part="select-row"], [part="select-page"]').length).to.equal(0);
      expect(listOf(el).part('header-select')).to.equal(null);
    });

    it('select the page with one checkbox, mixed while only some rows are', async () => {
      const items = [invitation(1), invitation(2, { status: 'expired' }), invitation(3), invitation(4)];
      const { el } = await renderList((el) => {
        withAdapter(fakeAdapter({ items }))(el);
        el.selectable = true;
      });
      const page = listOf(el).part<HTMLInputElement>('select-page')!;
      listOf(el).checkbox('inv_3')!.click();
      await el.updateComplete;
      expect([page.checked, page.indeterminate]).to.deep.equal([false, true]);
      expect(textOf(listOf(el).part('bulk-count'))).to.equal('1 selected');
      expect(listOf(el).row('inv_3')!.getAttribute('part')).to.equal('row row-selected');
      page.click();
      await el.updateComplete;
      expect([page.checked, page.indeterminate]).to.deep.equal([true, false]);
      expect(listOf(el).selectedIds()).to.deep.equal(['inv_1', 'inv_3', 'inv_4']);
      expect(textOf(listOf(el).bulkAction('revoke'))).to.equal('Revoke 3');
      await expect(el).to.be.accessible();
      page.click();
      await el.updateComplete;
      expect([page.checked, page.indeterminate]).to.deep.equal([false, false]);
      expect(listOf(el).selectedIds()).to.deep.equal([]);
      expect(bar(el)).to.equal(null);
    });

    it('toggle a row with Space', async () => {
      const { el } = await renderList((el) => {
        withAdapter(fakeAdapter({ items: invitations(3) }))(el);
        el.selectable = true;
      });
      listOf(el).checkbox('inv_1')!.focus();
      await press(' ');
      await el.updateComplete;
      expect(listOf(el).selectedIds()).to.deep.equal(['inv_1']);
      expect(textOf(listOf(el).part('bulk-count'))).to.equal('1 selected');
      await press(' ');
      await el.updateComplete;
      expect(listOf(el).selectedIds()).to.deep.equal([]);
      expect(listOf(el).focused() === listOf(el).checkbox('inv_1'), 'focus stays on the checkbox').to.equal(true);
    });

    it('select a range with Shift+click, and deselect one the same way', async () => {
      const { el } = await renderList((el) => {
        withAdapter(fakeAdapter({ items: invitations(8) }))(el);
        el.selectable = true;
      });
      const ids = listOf(el)
        .rows()
        .map((r) => r.dataset.id!);
      const shiftClick = async (id: string) => {
        const box = listOf(el).checkbox(id)!;
        box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true }));
        await el.updateComplete;
      };
      listOf(el).checkbox(ids[1])!.click();
      await el.updateComplete;
      await shiftClick(ids[5]);
      expect(listOf(el).selectedIds()).to.deep.equal(ids.slice(1, 6));
      await shiftClick(ids[3]); // from the last one toggled (ids[5]) to ids[3], unchecked
      expect(listOf(el).selectedIds()).to.deep.equal(ids.slice(1, 3));
      listOf(el).checkbox(ids[7])!.click(); // no Shift: that row alone
      await el.updateComplete;
      expect(listOf(el).selectedIds()).to.deep.equal([...ids.slice(1, 3), ids[7]]);
    });
  });

  describe('the selection', () => {
    it('survives paging within one query, and is cleared when the query changes', async () => {
      const fake = fakeAdapter({ provider: 'clerk', items: invitations(25) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
        el.selectable = true;
      });
      const onFirst = await select(el, [0, 2]);
      let loaded = listOf(el).loaded();
      listOf(el).part('pager-next')!.click();
      await loaded;
      expect(listOf(el).selectedIds(), 'nothing selected on page 2 yet').to.deep.equal([]);
      const onSecond = await select(el, [4]);
      expect(textOf(listOf(el).part('bulk-count'))).to.equal('3 selected');
      const page = listOf(el).part<HTMLInputElement>('select-page')!;
      expect([page.checked, page.indeterminate], 'the page checkbox counts this page only').to.deep.equal([
        false,
        true,
      ]);
      loaded = listOf(el).loaded();
      listOf(el).part('pager-previous')!.click();
      await loaded;
      expect(listOf(el).selectedIds()).to.deep.equal(onFirst);

      // Revoke 3 sends the one on page 2 too.
      const done = await revokeSelected(el);
      expect(fake.revoked.map((i) => i.id)).to.deep.equal([...onFirst, ...onSecond]);
      expect(done.detail.revoked.map((i) => i.id)).to.deep.equal([...onFirst, ...onSecond]);

      await select(el, [1]);
      expect(bar(el)).not.to.equal(null);
      const sort = listOf(el).part<HTMLSelectElement>('sort')!;
      sort.value = 'created_at:asc';
      loaded = listOf(el).loaded();
      sort.dispatchEvent(new Event('change'));
      await loaded;
      expect(bar(el), 'a new query: nothing selected').to.equal(null);
      expect(listOf(el).selectedIds()).to.deep.equal([]);

      await select(el, [0]);
      loaded = listOf(el).loaded();
      el.status = 'pending'; // a filter set by the host is a new query too
      await loaded;
      expect(bar(el)).to.equal(null);
    });

    it('is cleared with Clear selection, focus on the caption', async () => {
      const { el } = await renderList((el) => {
        withAdapter(fakeAdapter({ items: invitations(4) }))(el);
        el.selectable = true;
      });
      await select(el, [0, 1]);
      listOf(el).bulkAction('clear')!.click();
      await el.updateComplete;
      expect(bar(el)).to.equal(null);
      expect(listOf(el).selectedIds()).to.deep.equal([]);
      expect(listOf(el).focused() === listOf(el).part('caption')).to.equal(true);
    });
  });

  describe('Revoke N', () => {
    for (const provider of PROVIDERS) {
      it(`asks once naming the count, then sends the ${provider} revokes one at a time, in order, at the pace`, async () => {
        const em = emulator(provider);
        const wire = tracking(em, provider);
        const { el, events } = await selectableOn(provider, em, wire.fetcher, 120);
        const ids = await select(el, [0, 3, 1]);
        expect(textOf(listOf(el).part('bulk-count'))).to.equal('3 selected');
        expect(listOf(el).bulkAction('resend') !== null, 'Resend 3 where the provider resends').to.equal(
          provider !== 'clerk',
        );

        listOf(el).bulkAction('revoke')!.click();
        await el.updateComplete;
        const confirm = listOf(el).part('bulk-confirm')!;
        expect(confirm.getAttribute('role')).to.equal('group');
        expect(confirm.getAttribute('aria-label')).to.equal('Revoke 3 invitations?');
        expect(textOf(confirm)).to.equal('Revoke 3 invitations? Revoke 3 Cancel');
        expect(listOf(el).focused() === listOf(el).bulkAction('confirm'), 'focus on the confirmation').to.equal(true);
        expect(wire.sent.length, 'nothing sent before the confirmation').to.equal(0);
        await expect(el).to.be.accessible();

        const done = new Promise<InvitationBulkRevokedEvent>((resolve) =>
          el.addEventListener('invitation-bulk-revoked', resolve, { once: true }),
        );
        listOf(el).bulkAction('confirm')!.click();
        await waitUntil(() => listOf(el).part('bulk-progress'), 'the run shows its progress');
        expect(textOf(listOf(el).part('bulk-progress'))).to.match(/^Revoking [1-3] of 3…$/);
        expect(listOf(el).focused() === listOf(el).bulkAction('stop'), 'focus on Stop').to.equal(true);
        await expect(el).to.be.accessible();
        const summary = await done;
        await waitUntil(() => !listOf(el).row(ids[0]), 'the page reloads without them');

        const { method, url } = REVOKE[provider];
        expect(wire.sent.map((r) => `${r.method} ${r.url}`)).to.deep.equal(
          ids.map((id) => `${method} ${url(em.endpoint, id)}`),
        );
        for (const r of wire.sent) matchSpecPath(provider, r.url);
        expect(wire.mostInFlight(), 'never two at once').to.equal(1);
        expect(oneAtATime(wire.sent)).to.equal(true);
        const gaps = wire.sent.slice(1).map((r, i) => r.start - wire.sent[i].start);
        expect(
          gaps.every((g) => g >= 110),
          `the pace between starts: ${gaps.join(', ')}`,
        ).to.equal(true);

        const types = events.map((e) => e.type);
        expect(types).to.deep.equal([
          'invitation-bulk-revoke',
          ...ids.flatMap(() => ['invitation-revoke', 'invitation-revoked']),
          'invitation-bulk-revoked',
        ]);
        const before = events.of('invitation-bulk-revoke')[0] as InvitationBulkRevokeEvent;
        expect(before.cancelable).to.equal(true);
        expect(before.detail.invitations.map((i) => i.id)).to.deep.equal(ids);
        expect(Object.isFrozen(before.detail.invitations)).to.equal(true);
        expect(events.of('invitation-revoked').map((e) => e.detail.invitation.id)).to.deep.equal(ids);
        expect(summary.detail.revoked.map((i) => i.id)).to.deep.equal(ids);
        expect([summary.detail.failed.length, summary.detail.skipped.length]).to.deep.equal([0, 0]);

        for (const id of ids) {
          const record = em.store.get(id) as { status?: string; state?: string } | undefined;
          expect(record === undefined || record.status === 'revoked' || record.state === 'cancelled').to.equal(true);
        }
        expect(live(el)).to.equal('3 invitations revoked.');
        await waitUntil(() => textOf(listOf(el).part('bulk-summary')) === '3 invitations revoked.', 'the summary');
        expect(listOf(el).part('bulk-count'), 'nothing selected: only the summary').to.equal(null);
        expect(listOf(el).focused() === listOf(el).part('caption'), 'focus on the caption').to.equal(true);
      });
    }

    it('sends nothing when a listener cancels invitation-bulk-revoke, and keeps the selection', async () => {
      const fake = fakeAdapter({ items: invitations(5) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.selectable = true;
      });
      const events = recordEvents(el, BULK_EVENTS);
      el.addEventListener('invitation-bulk-revoke', (e) => e.preventDefault());
      await select(el, [0, 1]);
      listOf(el).bulkAction('revoke')!.click();
      await el.updateComplete;
      listOf(el).bulkAction('confirm')!.click();
      await listOf(el).settle();
      expect(fake.revoked.length).to.equal(0);
      expect(events.map((e) => e.type)).to.deep.equal(['invitation-bulk-revoke']);
      expect(listOf(el).selectedIds()).to.deep.equal(['inv_0', 'inv_1']);
      expect(listOf(el).focused() === listOf(el).bulkAction('revoke'), 'focus back on Revoke 2').to.equal(true);
    });

    it('closes the confirmation with Cancel or Escape, focus back on Revoke N', async () => {
      const fake = fakeAdapter({ items: invitations(5) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.selectable = true;
      });
      await select(el, [0, 1]);
      listOf(el).bulkAction('revoke')!.click();
      await el.updateComplete;
      listOf(el).bulkAction('cancel')!.click();
      await el.updateComplete;
      expect(listOf(el).part('bulk-confirm')).to.equal(null);
      expect(listOf(el).focused() === listOf(el).bulkAction('revoke')).to.equal(true);
      listOf(el).bulkAction('revoke')!.click();
      await el.updateComplete;
      await press('Escape');
      await el.updateComplete;
      expect(listOf(el).part('bulk-confirm')).to.equal(null);
      expect(listOf(el).focused() === listOf(el).bulkAction('revoke')).to.equal(true);
      expect(fake.revoked.length).to.equal(0);
    });

    it('skips an invitation whose own invitation-revoke a listener cancels', async () => {
      const fake = fakeAdapter({ items: invitations(5) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.selectable = true;
        el.pace = 0;
      });
      el.addEventListener('invitation-revoke', (e) => {
        if (e.detail.invitation.id === 'inv_1') e.preventDefault();
      });
      await select(el, [0, 1, 2]);
      const done = await revokeSelected(el);
      expect(fake.revoked.map((i) => i.id)).to.deep.equal(['inv_0', 'inv_2']);
      expect(done.detail.skipped.map((i) => i.id)).to.deep.equal(['inv_1']);
      await listOf(el).settle();
      expect(listOf(el).selectedIds()).to.deep.equal(['inv_1']);
    });

    for (const provider of PROVIDERS) {
      it(`waits out a ${provider} 429's Retry-After, showing the countdown, then sends the same one again and goes on`, async () => {
        const em = emulator(provider);
        const { method } = REVOKE[provider];
        const wire = tracking(em, provider, (n) => {
          if (n === 1) em.fault({ kind: 'rate-limit', retryAfter: 1, method });
        });
        const { el, events } = await selectableOn(provider, em, wire.fetcher);
        const ids = await select(el, [0, 1, 2]);
        const done = revokeSelected(el);
        await waitUntil(() => listOf(el).part('countdown'), 'the countdown shows', { timeout: 3000 });
        const timer = listOf(el).part('countdown')!;
        expect(timer.getAttribute('role')).to.equal('timer');
        expect(textOf(timer)).to.equal('Retrying in 1 s…');
        expect(textOf(listOf(el).part('bulk-progress'))).to.equal('Revoking 2 of 3…');
        expect(listOf(el).rowOutcome(ids[1])).to.equal('Revoking…');
        await expect(el).to.be.accessible();
        const summary = await done;
        const idOf = (url: string) => ids.find((id) => url === REVOKE[provider].url(em.endpoint, id));
        expect(wire.sent.map((r) => [idOf(r.url), r.status < 400 ? 'ok' : r.status])).to.deep.equal([
          [ids[0], 'ok'],
          [ids[1], 429],
          [ids[1], 'ok'],
          [ids[2], 'ok'],
        ]);
        expect(wire.sent[2].start - wire.sent[1].end, 'waited about a second').to.be.greaterThan(900);
        expect(oneAtATime(wire.sent)).to.equal(true);
        expect(summary.detail.revoked.map((i) => i.id)).to.deep.equal(ids);
        expect(events.of('invitation-error').length, 'a 429 waited out is no error').to.equal(0);
        expect(events.of('invitation-revoke').length, 'one invitation-revoke each').to.equal(3);
      });
    }

    for (const provider of PROVIDERS) {
      it(`keeps a row ${provider} refuses, selected and with the reason, and goes on with the rest`, async () => {
        const em = emulator(provider);
        const { method } = REVOKE[provider];
        const wire = tracking(em, provider, (n) => {
          if (n === 1) em.fault({ kind: 'status', status: 404, method });
        });
        const { el, events } = await selectableOn(provider, em, wire.fetcher);
        const ids = await select(el, [0, 1, 2]);
        const summary = await revokeSelected(el);
        await waitUntil(() => !listOf(el).row(ids[0]) && !listOf(el).row(ids[2]), 'the revoked rows leave');
        expect(wire.sent.length).to.equal(3);
        expect(listOf(el).row(ids[1]) !== null, 'the refused row stays').to.equal(true);
        expect(listOf(el).rowOutcome(ids[1])).to.match(/^Not revoked: .*injected fault/);
        expect(listOf(el).selectedIds()).to.deep.equal([ids[1]]);
        expect(textOf(listOf(el).part('bulk-count'))).to.equal('1 selected');
        expect(textOf(listOf(el).part('bulk-summary'))).to.equal('2 invitations revoked. 1 failed and stays selected.');
        expect(live(el)).to.equal('2 invitations revoked. 1 failed and stays selected.');
        expect(summary.detail.revoked.map((i) => i.id)).to.deep.equal([ids[0], ids[2]]);
        expect(summary.detail.failed.map((f) => [f.invitation.id, f.error.status])).to.deep.equal([[ids[1], 404]]);
        const [error] = events.of('invitation-error');
        expect([error.detail.action, error.detail.invitation.id]).to.deep.equal(['revoke', ids[1]]);
        expect(listOf(el).focused() === listOf(el).bulkAction('revoke'), 'focus on Revoke 1').to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('stops at an error that concerns every request (403): the rest are not sent and fail with its reason', async () => {
      const em = emulator('auth0');
      const wire = tracking(em, 'auth0', (n) => {
        if (n === 0) em.fault({ kind: 'status', status: 403, method: 'DELETE' });
      });
      const { el } = await selectableOn('auth0', em, wire.fetcher);
      const ids = await select(el, [0, 1, 2]);
      const summary = await revokeSelected(el);
      expect(wire.sent.length, 'one request only').to.equal(1);
      expect(summary.detail.failed.map((f) => [f.invitation.id, f.error.status])).to.deep.equal(
        ids.map((id) => [id, 403]),
      );
      await listOf(el).settle();
      expect(listOf(el).selectedIds()).to.deep.equal(ids);
      expect(ids.map((id) => /^Not revoked: /.test(listOf(el).rowOutcome(id) ?? ''))).to.deep.equal([true, true, true]);
    });

    it('sends nothing more after Stop', async () => {
      const fake = fakeAdapter({ items: invitations(5) });
      const gate = deferred<undefined>();
      let calls = 0;
      fake.onRevoke = () => (++calls === 1 ? gate.promise : Promise.resolve(undefined));
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.selectable = true;
      });
      await select(el, [0, 1, 2]);
      const done = revokeSelected(el);
      await waitUntil(() => listOf(el).bulkAction('stop'), 'Stop shows');
      listOf(el).bulkAction('stop')!.click();
      gate.resolve(undefined);
      const summary = await done;
      expect(calls).to.equal(1);
      expect(summary.detail.revoked.map((i) => i.id)).to.deep.equal(['inv_0']);
      expect(summary.detail.skipped.map((i) => i.id)).to.deep.equal(['inv_1', 'inv_2']);
      await listOf(el).settle();
      expect(listOf(el).selectedIds()).to.deep.equal(['inv_1', 'inv_2']);
    });

    it('shows a failure reason as text, never as markup', async () => {
      const fake = fakeAdapter({ items: invitations(2) });
      fake.onRevoke = () =>
        Promise.reject(new InvitationError('<img src=x onerror=alert(1)> gone', { kind: 'http', status: 404 }));
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.selectable = true;
      });
      await select(el, [0]);
      await revokeSelected(el);
      await listOf(el).settle();
      expect(listOf(el).rowOutcome('inv_0')).to.equal('Not revoked: <img src=x onerror=alert(1)> gone');
      expect(listOf(el).$$('img').length).to.equal(0);
    });
  });

  describe('Resend N', () => {
    for (const provider of PROVIDERS) {
      it(
        provider === 'clerk'
          ? 'is not offered for Clerk, which cannot resend'
          : `sends the ${provider} invitations again one at a time, with the events`,
        async () => {
          const em = emulator(provider);
          const wire = tracking(em, provider);
          const { el, events } = await selectableOn(provider, em, wire.fetcher);
          const ids = await select(el, [0, 1]);
          if (provider === 'clerk') {
            expect(listOf(el).bulkAction('resend')).to.equal(null);
            return;
          }
          expect(textOf(listOf(el).bulkAction('resend'))).to.equal('Resend 2');
          const done = new Promise<InvitationBulkResentEvent>((resolve) =>
            el.addEventListener('invitation-bulk-resent', resolve, { once: true }),
          );
          listOf(el).bulkAction('resend')!.click(); // no confirmation: nothing is lost
          const summary = await done;
          expect(summary.detail.resent.map((r) => r.previous.id)).to.deep.equal(ids);
          expect(summary.detail.failed.length).to.equal(0);
          for (const r of wire.sent) {
            matchSpecPath(provider, r.url);
          }
          const posts = em.requests.filter((r) => r.method === 'POST');
          expect(posts.length, 'one create per invitation').to.equal(2);
          for (const post of posts) validateRequestBody(provider, 'POST', post.url, post.body);
          if (provider === 'upsun')
            expect(posts.every((p) => (p.body as { force?: boolean }).force === true)).to.equal(true);
          // Auth0 sends again by creating a new one and deleting the old one: 2 requests each, still one at a time.
          expect(wire.sent.length).to.equal(provider === 'auth0' ? 4 : 2);
          expect(wire.mostInFlight()).to.equal(1);
          expect(oneAtATime(wire.sent)).to.equal(true);
          expect(events.map((e) => e.type)).to.deep.equal([
            'invitation-bulk-resend',
            ...ids.flatMap(() => ['invitation-resend', 'invitation-resent']),
            'invitation-bulk-resent',
          ]);
          expect(live(el)).to.equal('2 invitations sent again.');
          await waitUntil(() => textOf(listOf(el).part('bulk-summary')) === '2 invitations sent again.', 'summary');
          expect(listOf(el).part('bulk-count'), 'the resent ones leave the selection').to.equal(null);
        },
      );
    }

    it('sends nothing when a listener cancels invitation-bulk-resend', async () => {
      const fake = fakeAdapter({ provider: 'upsun', items: invitations(3) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.selectable = true;
      });
      el.addEventListener('invitation-bulk-resend', (e) => e.preventDefault());
      await select(el, [0, 1]);
      listOf(el).bulkAction('resend')!.click();
      await listOf(el).settle();
      expect(fake.resent.length).to.equal(0);
      expect(listOf(el).selectedIds()).to.deep.equal(['inv_0', 'inv_1']);
    });
  });

  describe('in every language', () => {
    for (const locale of Object.keys(BUILTIN_LOCALES) as BuiltinLocale[]) {
      it(`counts in ${locale}${locale === 'ar' ? ', right to left' : ''}`, async () => {
        const messages = (await BUILTIN_LOCALES[locale]()).default;
        const { el } = await renderList((el) => {
          withAdapter(fakeAdapter({ items: invitations(5) }))(el);
          el.selectable = true;
          el.setAttribute('lang', locale);
        });
        await el.updateComplete;
        await select(el, [0, 1, 2]);
        const three = new Intl.NumberFormat(locale).format(3);
        const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
        const count = norm(messages.listSelected(3, three));
        await waitUntil(() => textOf(listOf(el).part('bulk-count')) === count, `the count reads "${count}"`);
        expect(textOf(listOf(el).bulkAction('revoke'))).to.equal(norm(messages.listBulkRevoke(3, three)));
        listOf(el).bulkAction('revoke')!.click();
        await el.updateComplete;
        expect(listOf(el).part('bulk-confirm')!.getAttribute('aria-label')).to.equal(
          messages.listBulkConfirm(3, three),
        );
        expect(getComputedStyle(bar(el)!).direction).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      });
    }
  });
});
