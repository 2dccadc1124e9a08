import { expect } from '@open-wc/testing';
import { InvitationError, type Invitation, type ListQuery } from '../../src/model.js';
import type { InvitationAdapter, RequestContext } from '../../src/providers/adapter.js';
import { lazyAdapter, type AdapterProfile } from '../../src/providers/lazy.js';
import { auth0Adapter } from '../../src/providers/auth0.js';
import { clerkAdapter } from '../../src/providers/clerk.js';
import { upsunAdapter } from '../../src/providers/upsun.js';
import { contractQuery } from '../../src/testing/contract.js';

const profile = (resend: boolean): AdapterProfile => ({
  name: 'mine',
  label: 'My backend',
  capabilities: { ...auth0Adapter.capabilities, resend },
  roleLabel: (role) => role.toUpperCase(),
});

const invitation: Invitation = { id: 'a1', email: 'a@example.com', status: 'pending', roles: [], raw: {} };
const ctx: RequestContext = { endpoint: '/api/invitations', fetcher: () => Promise.reject(new Error('unused')) };
const query: ListQuery = contractQuery();

/** The adapter a load resolves to: it records which operation ran, with what. */
function loaded(calls: string[]): InvitationAdapter {
  return {
    name: 'mine',
    capabilities: auth0Adapter.capabilities,
    list: async (q) => (calls.push(`list ${q.page}`), { items: [invitation] }),
    create: async (drafts) => (calls.push(`create ${drafts.length}`), [invitation]),
    revoke: async (inv) => void calls.push(`revoke ${inv.id}`),
    resend: async (inv) => (calls.push(`resend ${inv.id}`), inv),
  };
}

describe('lazyAdapter', () => {
  it('answers from the profile at once and loads the wire code on the first request only', async () => {
    const calls: string[] = [];
    const loads: AdapterProfile[] = [];
    const p = profile(true);
    const adapter = lazyAdapter(p, async (given) => (loads.push(given), loaded(calls)));
    expect(adapter.label).to.equal('My backend');
    expect(adapter.capabilities.sortFields).to.deep.equal(['created_at']);
    expect(adapter.roleLabel!('admin')).to.equal('ADMIN');
    expect(loads).to.have.length(0);

    const [page] = await Promise.all([
      adapter.list(query, ctx),
      adapter.create([{ email: 'a@example.com', roles: [] }], ctx),
    ]);
    await adapter.revoke(invitation, ctx);
    await adapter.resend!(invitation, ctx);
    expect(page.items).to.deep.equal([invitation]);
    expect(calls).to.deep.equal(['list 0', 'create 1', 'revoke a1', 'resend a1']);
    expect(loads).to.deep.equal([p]);
  });

  it('has no resend when the profile says the provider has none', () => {
    expect(lazyAdapter(profile(false), async () => loaded([])).resend).to.equal(undefined);
  });

  it('fails a request whose load fails as a network error, and loads again on the next one', async () => {
    const calls: string[] = [];
    let attempts = 0;
    const adapter = lazyAdapter(profile(true), async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return loaded(calls);
    });
    const error = await adapter.list(query, ctx).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(InvitationError);
    expect(error).to.include({ kind: 'network', code: 'chunk_load' });
    expect((error as InvitationError).message).to.contain('My backend');
    expect(calls).to.deep.equal([]);

    await adapter.list(query, ctx);
    expect(attempts).to.equal(2);
    expect(calls).to.deep.equal(['list 0']);
  });

  it('makes the built-in adapters, whose profiles carry what the elements render and the server forwards', () => {
    for (const adapter of [auth0Adapter, clerkAdapter, upsunAdapter]) {
      expect(adapter.capabilities.statuses.length, adapter.name).to.be.above(0);
      expect(Object.keys(adapter.routes), adapter.name).to.include.members(['list', 'create', 'revoke']);
      expect(adapter.id, adapter.name).to.be.instanceOf(RegExp);
      expect(typeof adapter.resend, adapter.name).to.equal(adapter.capabilities.resend ? 'function' : 'undefined');
    }
    expect(upsunAdapter.roleLabel!('billing')).to.equal('Manage billing');
    const clerkRaw = { role: 'org:admin', role_name: 'Admin' };
    expect(clerkAdapter.roleLabel!('org:admin', { ...invitation, raw: clerkRaw })).to.equal('Admin');
    expect(clerkAdapter.roleLabel!('org:member', { ...invitation, raw: clerkRaw })).to.equal('org:member');
  });
});
