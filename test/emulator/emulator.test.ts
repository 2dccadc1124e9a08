import { expect } from '@open-wc/testing';
import { createEmulator, EMULATED_NAMES as PROVIDERS, type ProviderName } from '../../src/emulator/index.js';
import { exchange, NOW } from './exchange.js';

const emails = (provider: ProviderName, records: unknown[]) =>
  records.map((r) => {
    const o = r as { invitee?: { email: string }; email_address?: string; email?: string };
    return o.invitee?.email ?? o.email_address ?? o.email;
  });

describe('createEmulator', () => {
  it('serves the documented default endpoints', () => {
    expect(createEmulator({ provider: 'auth0' }).endpoint).to.equal(
      'https://emulator.test/auth0/api/v2/organizations/org_demo/invitations',
    );
    expect(createEmulator({ provider: 'clerk' }).endpoint).to.equal(
      'https://emulator.test/clerk/v1/organizations/org_demo/invitations',
    );
    const upsun = createEmulator({ provider: 'upsun' });
    expect(upsun.endpoint).to.equal('https://emulator.test/upsun/organizations/01HZY3N5QF9V8K2M4R6T7W8X9Y/invitations');
    expect(upsun.orgId).to.match(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('takes origin and orgId', async () => {
    const emulator = createEmulator({
      provider: 'clerk',
      origin: 'http://localhost:5173/api/',
      orgId: 'org_x',
      count: 2,
    });
    expect(emulator.endpoint).to.equal('http://localhost:5173/api/clerk/v1/organizations/org_x/invitations');
    const res = await exchange(emulator)<{ data: { organization_id: string }[] }>('GET');
    expect(res.body.data.every((i) => i.organization_id === 'org_x')).to.equal(true);
  });

  it('seeds 45 invitations by default', () => {
    for (const provider of PROVIDERS) expect(createEmulator({ provider }).store.size).to.equal(45);
  });

  for (const provider of PROVIDERS) {
    describe(`${provider}: seeded data`, () => {
      it('is the same for the same seed and differs for another seed', () => {
        const a = createEmulator({ provider, seed: 7, now: NOW }).store.all();
        const b = createEmulator({ provider, seed: 7, now: NOW }).store.all();
        const c = createEmulator({ provider, seed: 8, now: NOW }).store.all();
        expect(a).to.deep.equal(b);
        expect(emails(provider, c)).not.to.deep.equal(emails(provider, a));
      });

      it('makes 2,500 invitations with unique, well-formed emails', () => {
        const emulator = createEmulator({ provider, count: 2500, now: NOW });
        const all = emulator.store.all();
        expect(all).to.have.length(2500);
        expect(new Set(emails(provider, all)).size).to.equal(2500);
        for (const email of emails(provider, all)) expect(email).to.match(/^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+$/);
      });

      it('comes back after reset()', async () => {
        const emulator = createEmulator({ provider, count: 10, now: NOW });
        const before = emulator.store.all();
        const first = (before as { id: string; status?: string; state?: string }[]).find(
          (r) => (r.status ?? r.state ?? 'pending') === 'pending',
        )!;
        const id = first.id;
        await emulator.fetch(`${emulator.endpoint}/${id}${provider === 'clerk' ? '/revoke' : ''}`, {
          method: provider === 'clerk' ? 'POST' : 'DELETE',
        });
        expect(emulator.store.all()).not.to.deep.equal(before);
        emulator.store.reset();
        expect(emulator.store.all()).to.deep.equal(before);
        expect(emulator.store.get(id)).to.deep.equal(first);
      });

      it('hands out copies, not its live records', () => {
        const emulator = createEmulator({ provider, count: 3 });
        const [first] = emulator.store.all() as { id: string }[];
        (first as { id: string }).id = 'changed';
        expect((emulator.store.all()[0] as { id: string }).id).not.to.equal('changed');
      });
    });
  }

  it('spreads the seeded data over statuses, roles and the past 90 days', () => {
    const day = 86_400_000;
    const clerk = createEmulator({ provider: 'clerk', count: 2500, now: NOW }).store.all();
    const share = (s: string) => clerk.filter((i) => i.status === s).length / clerk.length;
    for (const s of ['pending', 'accepted', 'revoked', 'expired']) expect(share(s), s).to.be.within(0.05, 0.6);
    expect(new Set(clerk.map((i) => i.role)).size).to.equal(3);
    expect(Math.min(...clerk.map((i) => i.created_at))).to.be.within(NOW - 90 * day, NOW - 80 * day);
    const upsun = createEmulator({ provider: 'upsun', count: 2500, now: NOW }).store.all();
    expect(new Set(upsun.map((i) => i.state))).to.have.property('size', 5);
    for (const inv of upsun) expect(inv.finished_at === null).to.equal(['pending', 'processing'].includes(inv.state));
  });

  it('describes the roles of each org', () => {
    const auth0 = createEmulator({ provider: 'auth0' }).roles;
    expect(auth0.every((r) => /^rol_[A-Za-z0-9]{16}$/.test(r.value) && r.label)).to.equal(true);
    expect(createEmulator({ provider: 'clerk' }).roles.map((r) => r.value)).to.deep.equal([
      'org:admin',
      'org:member',
      'org:billing_manager',
    ]);
    expect(createEmulator({ provider: 'upsun' }).roles.map((r) => [r.value, r.label])).to.deep.equal([
      ['admin', 'Admin'],
      ['billing', 'Manage billing'],
      ['plans', 'Manage plans'],
      ['members', 'Manage users'],
      ['project:create', 'Create projects'],
      ['projects:list', 'List projects'],
    ]);
  });

  it('logs what came over the wire and forgets it on clearRequests()', async () => {
    const emulator = createEmulator({ provider: 'clerk', count: 0, now: NOW });
    const body = { email_address: 'log@example.com', role: 'org:member' };
    await emulator.fetch(emulator.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sk_test_x' },
      body: JSON.stringify(body),
    });
    await emulator.fetch(new Request(`${emulator.endpoint}?status=pending&status=expired`));
    expect(emulator.requests).to.have.length(2);
    expect(emulator.requests[0]).to.deep.include({ method: 'POST', url: emulator.endpoint, body });
    expect(emulator.requests[0].headers).to.include({
      authorization: 'Bearer sk_test_x',
      'content-type': 'application/json',
    });
    expect(new URL(emulator.requests[1].url).searchParams.getAll('status')).to.deep.equal(['pending', 'expired']);
    expect(emulator.requests[1].body).to.equal(undefined);
    const log = emulator.requests;
    emulator.clearRequests();
    expect(emulator.requests).to.equal(log);
    expect(log).to.have.length(0);
  });

  it('is a bound, fetch-compatible function and also handles Request objects', async () => {
    const { fetch: fetcher, handle, endpoint } = createEmulator({ provider: 'auth0', count: 3 });
    expect((await fetcher(new URL(endpoint))).status).to.equal(200);
    expect((await handle(new Request(endpoint))).status).to.equal(200);
  });

  it('rejects with the signal reason when aborted before sending', async () => {
    const emulator = createEmulator({ provider: 'upsun', count: 3 });
    const controller = new AbortController();
    const reason = new Error('superseded');
    controller.abort(reason);
    let caught: unknown;
    await emulator.fetch(emulator.endpoint, { signal: controller.signal }).catch((e: unknown) => (caught = e));
    expect(caught).to.equal(reason);
    expect(emulator.requests).to.have.length(0);
  });
});
