import { expect } from '@open-wc/testing';
import { createEmulator, type Auth0Invitation } from '../../src/emulator/index.js';
import { exchange, NOW } from './exchange.js';

type Auth0Error = { statusCode: number; error: string; message: string; errorCode: string };
type Totals = { start: number; limit: number; invitations: Auth0Invitation[] };

const make = (count = 45) => createEmulator({ provider: 'auth0', count, now: NOW });
const draft = (email: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  inviter: { name: 'Alice Moreau' },
  invitee: { email },
  client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
  ...extra,
});
const byCreated = (dir: 1 | -1) => (a: Auth0Invitation, b: Auth0Invitation) =>
  dir * (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1);

describe('emulator: Auth0 Management API v2', () => {
  describe('GET the list', () => {
    it('pages forwards and backwards through every invitation, newest first', async () => {
      const emulator = make(45);
      const call = exchange(emulator);
      const forward: Auth0Invitation[][] = [];
      for (let page = 0; ; page++) {
        const res = await call<Auth0Invitation[]>('GET', '', { query: { page, per_page: 10 } });
        expect(res.status).to.equal(200);
        forward.push(res.body);
        if (res.body.length < 10) break;
      }
      expect(forward.map((p) => p.length)).to.deep.equal([10, 10, 10, 10, 5]);
      const backward: Auth0Invitation[] = [];
      for (let page = 4; page >= 0; page--) {
        backward.unshift(...(await call<Auth0Invitation[]>('GET', '', { query: { page, per_page: 10 } })).body);
      }
      const ids = forward.flat().map((i) => i.id);
      expect(backward.map((i) => i.id)).to.deep.equal(ids);
      expect(ids).to.deep.equal(
        emulator.store
          .all()
          .sort(byCreated(-1))
          .map((i) => i.id),
      );
    });

    it('defaults to page 0 of 50 as a bare array', async () => {
      const res = await exchange(make(60))<Auth0Invitation[]>('GET');
      expect(res.body).to.be.an('array').with.length(50);
    });

    it('wraps the page in {start, limit, invitations} with include_totals=true, without a total', async () => {
      const res = await exchange(make(45))<Totals>('GET', '', {
        query: { include_totals: true, page: 2, per_page: 20 },
      });
      expect(Object.keys(res.body).sort()).to.deep.equal(['invitations', 'limit', 'start']);
      expect(res.body).to.include({ start: 40, limit: 20 });
      expect(res.body.invitations).to.have.length(5);
    });

    it('sorts by created_at either way, ties broken by id', async () => {
      const emulator = make(20);
      const call = exchange(emulator);
      // Two invitations created at the same (fixed) instant tie on created_at.
      await call('POST', '', { body: draft('tie.one@example.com') });
      await call('POST', '', { body: draft('tie.two@example.com') });
      const asc = await call<Auth0Invitation[]>('GET', '', { query: { sort: 'created_at:1' } });
      const desc = await call<Auth0Invitation[]>('GET', '', { query: { sort: 'created_at:-1' } });
      expect(asc.body.map((i) => i.id)).to.deep.equal(
        emulator.store
          .all()
          .sort(byCreated(1))
          .map((i) => i.id),
      );
      expect(desc.body.map((i) => i.id)).to.deep.equal(asc.body.map((i) => i.id).reverse());
      const ties = asc.body.filter((i) => i.created_at === new Date(NOW).toISOString());
      expect(ties).to.have.length(2);
      expect(ties[0].id < ties[1].id).to.equal(true);
    });

    it('projects fields with fields / include_fields', async () => {
      const call = exchange(make(5));
      const only = await call<Record<string, unknown>[]>('GET', '', { query: { fields: 'id,invitee' } });
      expect(Object.keys(only.body[0]).sort()).to.deep.equal(['id', 'invitee']);
      const without = await call<Record<string, unknown>[]>('GET', '', {
        query: { fields: 'invitation_url', include_fields: false },
      });
      expect(without.body[0]).to.have.property('id');
      expect(without.body[0]).not.to.have.property('invitation_url');
    });

    for (const [name, query, pattern] of [
      ['per_page above 100', { per_page: 101 }, /greater than maximum 100.*per_page/],
      ['per_page 0', { per_page: 0 }, /less than minimum 1.*per_page/],
      ['a negative page', { page: -1 }, /less than minimum 0.*page/],
      ['a non-numeric page', { page: 'two' }, /Expected type integer.*page/],
      ['an unknown sort', { sort: 'email:1' }, /does not match pattern.*sort/],
      ['checkpoint paging (take)', { take: 10 }, /Additional properties not allowed: take/],
      ['a non-boolean include_totals', { include_totals: 'yes' }, /Expected type boolean.*include_totals/],
    ] as const) {
      it(`rejects ${name} with 400 invalid_query_string`, async () => {
        const res = await exchange(make(5))<Auth0Error>('GET', '', { query });
        expect(res.status).to.equal(400);
        expect(res.body.errorCode).to.equal('invalid_query_string');
        expect(res.body.message).to.match(pattern);
      });
    }

    it('serves up to the 1,000th record and refuses any page beyond it', async () => {
      const emulator = make(2500);
      const call = exchange(emulator);
      const last = await call<Auth0Invitation[]>('GET', '', { query: { page: 9, per_page: 100 } });
      expect(last.body).to.have.length(100);
      for (const query of [
        { page: 10, per_page: 100 },
        { page: 20, per_page: 50 },
        { page: 1000, per_page: 1 },
      ]) {
        const res = await call<Auth0Error>('GET', '', { query });
        expect(res.status).to.equal(400);
        expect(res.body).to.deep.equal({
          statusCode: 400,
          error: 'Bad Request',
          message: 'Requesting page exceeds the allowed maximum of 1000 records',
          errorCode: 'invalid_query_string',
        });
      }
      expect((await call<Auth0Invitation[]>('GET', '', { query: { page: 999, per_page: 1 } })).body).to.have.length(1);
    });

    it('lists pending and expired-but-not-purged invitations (about 15% expired)', async () => {
      const emulator = make(2500);
      const all = emulator.store.all();
      const expired = all.filter((i) => Date.parse(i.expires_at) <= NOW).length;
      expect(expired / all.length).to.be.within(0.1, 0.2);
      for (const inv of all) expect(Date.parse(inv.created_at)).to.be.within(NOW - 90 * 86_400_000, NOW);
      // The oldest are the expired ones (all of them created ≥ 7 days ago), the newest are still pending.
      const call = exchange(emulator);
      const oldest = await call<Auth0Invitation[]>('GET', '', { query: { per_page: 100, sort: 'created_at:1' } });
      expect(oldest.body.every((i) => Date.parse(i.expires_at) <= NOW)).to.equal(true);
      const newest = await call<Auth0Invitation[]>('GET', '', { query: { per_page: 100 } });
      expect(newest.body.every((i) => Date.parse(i.expires_at) > NOW)).to.equal(true);
    });
  });

  describe('POST an invitation', () => {
    it('answers 200 with the new invitation, which then lists first', async () => {
      const emulator = make(10);
      const call = exchange(emulator);
      const roles = [emulator.roles[1].value];
      const body = draft('new.person@example.com', { roles, send_invitation_email: false });
      const res = await call<Auth0Invitation>('POST', '', { body });
      expect(res.status).to.equal(200);
      expect(res.body.id).to.match(/^uinv_[A-Za-z0-9]{16}$/);
      expect(res.body.invitation_url).to.match(/^https:\/\//);
      expect(res.body.invitation_url).to.contain(`invitation=${res.body.ticket_id}`);
      expect(res.body.created_at).to.equal('2026-11-01T12:00:00.000Z');
      expect(res.body.expires_at).to.equal('2026-11-08T12:00:00.000Z');
      expect(res.body).to.include({ organization_id: 'org_demo', client_id: body.client_id });
      expect(res.body.roles).to.deep.equal(roles);
      const list = await call<Auth0Invitation[]>('GET', '', { query: { per_page: 1 } });
      expect(list.body[0].id).to.equal(res.body.id);
      expect(emulator.store.get(res.body.id)).to.deep.equal(res.body);
    });

    it('takes ttl_sec for the expiry, 0 meaning the 7-day default', async () => {
      const call = exchange(make(0));
      const day = await call<Auth0Invitation>('POST', '', { body: draft('a@example.com', { ttl_sec: 86_400 }) });
      expect(day.body.expires_at).to.equal('2026-11-02T12:00:00.000Z');
      const zero = await call<Auth0Invitation>('POST', '', { body: draft('b@example.com', { ttl_sec: 0 }) });
      expect(zero.body.expires_at).to.equal('2026-11-08T12:00:00.000Z');
    });

    it('rejects role ids the org does not have', async () => {
      const emulator = make(0);
      const body = draft('c@example.com', { roles: [emulator.roles[0].value, 'rol_nope', 'rol_gone'] });
      const res = await exchange(emulator)<Auth0Error>('POST', '', { body });
      expect(res.status).to.equal(400);
      expect(res.body).to.include({
        errorCode: 'invalid_body',
        message: 'One or more of the specified roles do not exist: rol_nope, rol_gone',
      });
      expect(emulator.store.size).to.equal(0);
    });

    for (const [name, body, pattern] of [
      [
        'without client_id',
        { inviter: { name: 'A' }, invitee: { email: 'd@example.com' } },
        /Missing required property: client_id/,
      ],
      [
        'with an unknown property',
        draft('d@example.com', { status: 'pending' }),
        /Additional properties not allowed: status/,
      ],
      ['with an empty roles array', draft('d@example.com', { roles: [] }), /Array is too short.*roles/],
      [
        'with ttl_sec above 30 days',
        draft('d@example.com', { ttl_sec: 2_592_001 }),
        /greater than maximum 2592000.*ttl_sec/,
      ],
      ['with an invalid email', draft('not-an-email'), /format email.*invitee\.email/],
      ['with an empty inviter name', { ...draft('d@example.com'), inviter: { name: '' } }, /too short.*inviter\.name/],
    ] as const) {
      it(`rejects a body ${name} with 400 invalid_body`, async () => {
        const emulator = make(0);
        const res = await exchange(emulator)<Auth0Error>('POST', '', { body, invalidRequest: true });
        expect(res.status).to.equal(400);
        expect(res.body.errorCode).to.equal('invalid_body');
        expect(res.body.message).to.match(pattern);
        expect(emulator.store.size).to.equal(0);
      });
    }

    it('rejects a body that is not JSON', async () => {
      const res = await exchange(make(0))<Auth0Error>('POST', '', { raw: 'invitee=x', contentType: 'text/plain' });
      expect(res.status).to.equal(400);
      expect(res.body.errorCode).to.equal('invalid_body');
      const broken = await exchange(make(0))<Auth0Error>('POST', '', { raw: '{"a":', contentType: 'application/json' });
      expect(broken.body.message).to.match(/not valid JSON/);
    });
  });

  describe('one invitation', () => {
    it('GETs it by id, and 404s an unknown id', async () => {
      const emulator = make(5);
      const call = exchange(emulator);
      const [first] = emulator.store.all();
      const res = await call<Auth0Invitation>('GET', `/${first.id}`);
      expect(res.body).to.deep.equal(first);
      const missing = await call<Auth0Error>('GET', '/uinv_0000000000000000');
      expect(missing.status).to.equal(404);
      expect(missing.documented).to.equal(true);
    });

    it('DELETEs it with 204 and no body, purging it from the list', async () => {
      const emulator = make(12);
      const call = exchange(emulator);
      const target = emulator.store.all()[3];
      const res = await call('DELETE', `/${target.id}`);
      expect(res.status).to.equal(204);
      expect(res.text).to.equal('');
      const list = await call<Auth0Invitation[]>('GET');
      expect(list.body).to.have.length(11);
      expect(list.body.map((i) => i.id)).not.to.include(target.id);
      expect((await call('GET', `/${target.id}`)).status).to.equal(404);
      expect((await call('DELETE', `/${target.id}`)).status).to.equal(404);
      expect(emulator.store.get(target.id)).to.equal(undefined);
    });
  });

  it('answers paths it does not serve with an Auth0 404 body', async () => {
    const emulator = make(1);
    const res = await exchange(emulator)<Auth0Error>('GET', 'https://emulator.test/auth0/api/v2/users');
    expect(res.status).to.equal(404);
    expect(res.body).to.include({ statusCode: 404, error: 'Not Found' });
    const deeper = await exchange(emulator)<Auth0Error>('GET', '/uinv_x/roles');
    expect(deeper.status).to.equal(404);
  });
});
