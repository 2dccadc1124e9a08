/**
 * In-page half of scripts/bench-list.mjs: renders the same 100 invitations with <invitation-list> and with a
 * hand-written document.createElement table, timing each from "start" to "laid out".
 */
import { InvitationList } from '../../src/elements/invitation-list/invitation-list.js';
import type { Invitation, Page } from '../../src/model.js';
import type { InvitationAdapter } from '../../src/providers/adapter.js';
import { clerkAdapter } from '../../src/providers/clerk.js';

InvitationList.define();

const DAY = 86400000;
const STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
const now = Date.now();
const items: Invitation[] = Array.from({ length: 100 }, (_, i) => ({
  id: `orginv_${i}`,
  email: `person.number${i}@example.com`,
  status: STATUSES[i % 4],
  roles: [i % 3 ? 'org:member' : 'org:admin'],
  inviter: { name: `Inviter ${i % 7}` },
  createdAt: new Date(now - (i + 1) * 3600000),
  expiresAt: new Date(now + (30 - (i % 30)) * DAY),
  url: `https://app.example.com/accept?ticket=${i}`,
  raw: {},
}));

/** Clerk's capabilities and labels, with the page answered at once (the bench measures rendering, not I/O). */
const adapter: InvitationAdapter = {
  ...clerkAdapter,
  name: 'bench',
  list: async (): Promise<Page> => ({ items, total: items.length }),
};

const stage = document.getElementById('stage')!;

async function list(): Promise<number> {
  const el = document.createElement('invitation-list');
  el.adapter = adapter;
  el.endpoint = 'https://bench.test/invitations';
  el.pageSize = 100;
  const start = performance.now();
  const loaded = new Promise((resolve) => el.addEventListener('invitations-loaded', resolve, { once: true }));
  stage.append(el);
  await loaded;
  void el.shadowRoot!.querySelector('table')!.offsetHeight; // force style and layout
  const time = performance.now() - start;
  if (el.shadowRoot!.querySelectorAll('tbody tr').length !== 100) throw new Error('expected 100 rows');
  el.remove();
  return time;
}

async function vanilla(): Promise<number> {
  const start = performance.now();
  const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const full = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  const rel = (d: Date) => relative.format(Math.round((d.getTime() - Date.now()) / DAY), 'day');
  const table = document.createElement('table');
  const thead = table.createTHead().insertRow();
  for (const h of ['Email', 'Status', 'Roles', 'Invited by', 'Sent', 'Expires', 'Actions']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    thead.append(th);
  }
  const tbody = table.createTBody();
  for (const inv of items) {
    const tr = tbody.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = inv.email;
    tr.append(th);
    const badge = document.createElement('span');
    badge.textContent = inv.status;
    tr.insertCell().append(badge);
    tr.insertCell().textContent = inv.roles.map((r) => clerkAdapter.roleLabel?.(r, inv) ?? r).join(', ');
    tr.insertCell().textContent = inv.inviter?.name ?? '';
    for (const date of [inv.createdAt!, inv.expiresAt!]) {
      const time = document.createElement('time');
      time.dateTime = date.toISOString();
      time.title = full.format(date);
      time.textContent = rel(date);
      tr.insertCell().append(time);
    }
    const actions = tr.insertCell();
    for (const label of inv.status === 'pending' ? ['Revoke', 'Copy link'] : []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', () => undefined);
      actions.append(button);
    }
  }
  stage.append(table);
  void table.offsetHeight;
  const time = performance.now() - start;
  table.remove();
  return time;
}

declare global {
  interface Window {
    bench: { list: () => Promise<number>; vanilla: () => Promise<number> };
  }
}
window.bench = { list, vanilla };
