import { expect } from '@open-wc/testing';
import { createEmulator, type ClerkInvitation } from '../../src/emulator/index.js';
import { exchange, NOW } from './exchange.js';

type ClerkErrors = {
  errors: { message: string; long_message: string; code: string; meta?: Record<string, unknown> }[];
  clerk_trace_id: string;
};
type ClerkList = { data: ClerkInvitation[]; total_count: number };

const make = (count = 45) => createEmulator({ provider: 'clerk', count, now: NOW });
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (items: ClerkInvitation[], field: 'created_at' | 'email_address', dir: 1 | -1) =>
  [...items].sort((a, b) => dir * (cmp(a[field], b[field]) || cmp(a.id, b.id))).map((i) => i.id);

describe('emulator: Clerk Backend API', () => {
  describe('GET the list', () => {
    it('pages forwards and backwards by offset, with the total count', async () => {
      const emulator = make(45);
      const call = exchange(emulator);
      const forward: ClerkInvitation[] = [];
      for (let offset = 0; offset < 45; offset += 10) {
        const res = await call<ClerkList>('GET', '', { query: { limit: 10, offset } });
        expect(res.body.total_count).to.equal(45);
        forward.push(...res.body.data);
      }
      const backward: ClerkInvitation[] = [];
      for (let offset = 40; offset >= 0; offset -= 10) {
        backward.unshift(...(await call<ClerkList>('GET', '', { query: { limit: 10, offset } })).body.data);
      }
      expect(forward.map((i) => i.id)).to.deep.equal(sorted(emulator.store.all(), 'created_at', -1));
      expect(backward.map((i) => i.id)).to.deep.equal(forward.map((i) => i.id));
      const past = await call<ClerkList>('GET', '', { query: { offset: 45 } });
      expect(past.body).to.deep.equal({ data: [], total_count: 45 });
    });

    it('defaults to 10 rows, newest first, every status', async () => {
      const emulator = make(45);
      const res = await exchange(emulator)<ClerkList>('GET');
      expect(res.body.data).to.have.length(10);
      const statuses = new Set(emulator.store.all().map((i) => i.status));
      expect([...statuses].sort()).to.deep.equal(['accepted', 'expired', 'pending', 'revoked']);
    });

    it('filters by one or several statuses (repeated status=)', async () => {
      const emulator = make(80);
      const call = exchange(emulator);
      const all = emulator.store.all();
      for (const statuses of [['pending'], ['accepted'], ['revoked'], ['expired'], ['pending', 'expired']]) {
        const res = await call<ClerkList>('GET', '', { query: { status: statuses, limit: 500 } });
        const expected = all.filter((i) => statuses.includes(i.status));
        expect(res.body.total_count).to.equal(expected.length);
        expect(res.body.data.map((i) => i.id)).to.deep.equal(sorted(expected, 'created_at', -1));
      }
    });

    it('finds an email address exactly, ignoring case', async () => {
      const emulator = make(30);
      const target = emulator.store.all()[7];
      const res = await exchange(emulator)<ClerkList>('GET', '', {
        query: { email_address: target.email_address.toUpperCase() },
      });
      expect(res.body.data.map((i) => i.id)).to.deep.equal([target.id]);
      const partial = await exchange(emulator)<ClerkList>('GET', '', {
        query: { email_address: target.email_address.slice(1) },
      });
      expect(partial.body.total_count).to.equal(0);
    });

    for (const [orderBy, field, dir] of [
      ['created_at', 'created_at', 1],
      ['+created_at', 'created_at', 1],
      ['-created_at', 'created_at', -1],
      ['email_address', 'email_address', 1],
      ['+email_address', 'email_address', 1],
      ['-email_address', 'email_address', -1],
    ] as const) {
      it(`orders by ${orderBy}`, async () => {
        const emulator = make(40);
        const res = await exchange(emulator)<ClerkList>('GET', '', { query: { order_by: orderBy, limit: 100 } });
        expect(res.body.data.map((i) => i.id)).to.deep.equal(sorted(emulator.store.all(), field, dir));
      });
    }

    for (const [name, query, param] of [
      ['limit above 500', { limit: 501 }, 'limit'],
      ['limit 0', { limit: 0 }, 'limit'],
      ['a negative offset', { offset: -1 }, 'offset'],
      ['an unknown status', { status: 'completed' }, 'status'],
      ['an unknown order_by', { order_by: 'updated_at' }, 'order_by'],
    ] as const) {
      it(`rejects ${name} with 422`, async () => {
        const res = await exchange(make(5))<ClerkErrors>('GET', '', { query });
        expect(res.status).to.equal(422);
        expect(res.documented).to.equal(true);
        expect(res.body.errors[0].code).to.match(/^form_param_(format|value)_invalid$/);
        expect(res.body.errors[0].meta).to.deep.equal({ param_name: param });
      });
    }

    it('still serves the deprecated GET …/invitations/pending', async () => {
      const emulator = make(40);
      const res = await exchange(emulator)<ClerkList>('GET', '/pending', { query: { limit: 100 } });
      const pending = emulator.store.all().filter((i) => i.status === 'pending');
      expect(res.body.total_count).to.equal(pending.length);
      expect(res.body.data.map((i) => i.id)).to.deep.equal(sorted(pending, 'created_at', -1));
    });

    it('takes limit=500', async () => {
      const res = await exchange(make(600))<ClerkList>('GET', '', { query: { limit: 500 } });
      expect(res.body.data).to.have.length(500);
      expect(res.body.total_count).to.equal(600);
    });

    it('turns pending invitations whose expires_at has passed into expired', async () => {
      let now = NOW;
      const emulator = createEmulator({ provider: 'clerk', count: 30, now: () => now });
      const call = exchange(emulator);
      const pending = (await call<ClerkList>('GET', '', { query: { status: 'pending', limit: 100 } })).body;
      now = NOW + 400 * 86_400_000;
      const later = await call<ClerkList>('GET', '', { query: { status: 'pending' } });
      expect(later.body.total_count).to.equal(0);
      const one = await call<ClerkInvitation>('GET', `/${pending.data[0].id}`);
      expect(one.body.status).to.equal('expired');
    });
  });

  describe('POST invitations', () => {
    it('creates one → 200 pending, epoch-ms timestamps, 30-day default expiry', async () => {
      const emulator = make(5);
      const call = exchange(emulator);
      const inviter = emulator.inviters[0].id;
      const res = await call<ClerkInvitation>('POST', '', {
        body: { email_address: 'new.member@example.com', role: 'org:member', inviter_user_id: inviter, notify: false },
      });
      expect(res.status).to.equal(200);
      expect(res.body).to.include({
        object: 'organization_invitation',
        status: 'pending',
        role: 'org:member',
        role_name: 'Member',
        created_at: NOW,
        updated_at: NOW,
        expires_at: NOW + 30 * 86_400_000,
        inviter_id: inviter,
      });
      expect(res.body.id).to.match(/^orginv_[A-Za-z0-9]+$/);
      expect(res.body.url).to.match(/^https:\/\//);
      expect(res.body.public_inviter_data?.user_id).to.equal(inviter);
      const first = await call<ClerkList>('GET', '', { query: { limit: 1 } });
      expect(first.body.data[0].id).to.equal(res.body.id);
      expect(first.body.total_count).to.equal(6);
    });

    it('takes expires_in_days, metadata and redirect_url', async () => {
      const res = await exchange(make(0))<ClerkInvitation>('POST', '', {
        body: {
          email_address: 'meta@example.com',
          role: 'org:billing_manager',
          expires_in_days: 365,
          public_metadata: { team: 'ops' },
          private_metadata: { ref: 42 },
          redirect_url: 'https://app.example.com/welcome',
        },
      });
      expect(res.body.expires_at).to.equal(NOW + 365 * 86_400_000);
      expect(res.body.public_metadata).to.deep.equal({ team: 'ops' });
      expect(res.body.private_metadata).to.deep.equal({ ref: 42 });
      expect(res.body.url).to.contain(encodeURIComponent('https://app.example.com/welcome'));
    });

    it('refuses a second pending invitation for the same email (any case) with 400 not_unique', async () => {
      const emulator = make(0);
      const call = exchange(emulator);
      await call('POST', '', { body: { email_address: 'dup@example.com', role: 'org:member' } });
      const res = await call<ClerkErrors>('POST', '', {
        body: { email_address: 'DUP@example.com', role: 'org:admin' },
      });
      expect(res.status).to.equal(400);
      expect(res.body.errors[0].code).to.equal('organization_invitation_not_unique');
      expect(emulator.store.size).to.equal(1);
    });

    for (const [name, body, status, code, param, invalid] of [
      [
        'an invalid email',
        { email_address: 'nope', role: 'org:member' },
        422,
        'form_param_format_invalid',
        'email_address',
        false,
      ],
      ['no email', { role: 'org:member' }, 422, 'form_param_missing', 'email_address', true],
      ['no role', { email_address: 'x@example.com' }, 422, 'form_param_missing', 'role', true],
      [
        'an unknown role',
        { email_address: 'x@example.com', role: 'org:owner' },
        400,
        'resource_not_found',
        'role',
        false,
      ],
      [
        'an unknown parameter',
        { email_address: 'x@example.com', role: 'org:member', roles: ['org:member'] },
        422,
        'form_param_unknown',
        'roles',
        false,
      ],
      [
        'expires_in_days 0',
        { email_address: 'x@example.com', role: 'org:member', expires_in_days: 0 },
        422,
        'form_param_value_invalid',
        'expires_in_days',
        true,
      ],
      [
        'an inviter who is no admin',
        { email_address: 'x@example.com', role: 'org:member', inviter_user_id: 'user_x' },
        403,
        'not_an_admin_in_organization',
        'inviter_user_id',
        false,
      ],
    ] as const) {
      it(`rejects ${name} with ${status} ${code}`, async () => {
        const emulator = make(0);
        const res = await exchange(emulator)<ClerkErrors>('POST', '', { body, invalidRequest: invalid });
        expect(res.status).to.equal(status);
        expect(res.documented).to.equal(true);
        expect(res.body.errors[0].code).to.equal(code);
        expect(res.body.errors[0].meta).to.deep.equal({ param_name: param });
        expect(emulator.store.size).to.equal(0);
      });
    }

    it('rejects a body that is not JSON with 400 request_body_invalid', async () => {
      const res = await exchange(make(0))<ClerkErrors>('POST', '', {
        raw: 'email_address=a%40b.co',
        contentType: 'application/x-www-form-urlencoded',
      });
      expect(res.status).to.equal(400);
      expect(res.body.errors[0].code).to.equal('request_body_invalid');
    });

    it('creates up to 10 in bulk → 200 {data, total_count}, in order', async () => {
      const emulator = make(3);
      const body = Array.from({ length: 10 }, (_, i) => ({
        email_address: `bulk${i}@example.com`,
        role: i % 2 ? 'org:member' : 'org:admin',
      }));
      const res = await exchange(emulator)<ClerkList>('POST', '/bulk', { body });
      expect(res.status).to.equal(200);
      expect(res.body.total_count).to.equal(10);
      expect(res.body.data.map((i) => i.email_address)).to.deep.equal(body.map((b) => b.email_address));
      expect(emulator.store.size).to.equal(13);
    });

    it('fails a bulk request as a whole on the first bad item, creating nothing', async () => {
      const emulator = make(0);
      const call = exchange(emulator);
      const good = { email_address: 'ok@example.com', role: 'org:member' };
      const res = await call<ClerkErrors>('POST', '/bulk', {
        body: [good, { email_address: 'bad', role: 'org:member' }, { email_address: 'x@example.com', role: 'org:x' }],
      });
      expect(res.status).to.equal(422);
      expect(res.body.errors[0]).to.include({ code: 'form_param_format_invalid' });
      expect(res.body.errors[0].meta).to.deep.equal({ param_name: 'email_address', index: 1 });
      const dup = await call<ClerkErrors>('POST', '/bulk', { body: [good, { ...good, role: 'org:admin' }] });
      expect(dup.status).to.equal(400);
      expect(dup.body.errors[0].code).to.equal('organization_invitation_not_unique');
      expect(dup.body.errors[0].meta).to.deep.equal({ param_name: 'email_address', index: 1 });
      expect(emulator.store.size).to.equal(0);
    });

    it('refuses an empty bulk and one of 11', async () => {
      const call = exchange(make(0));
      const empty = await call<ClerkErrors>('POST', '/bulk', { body: [], invalidRequest: true });
      expect(empty.status).to.equal(400);
      const items = Array.from({ length: 11 }, (_, i) => ({ email_address: `b${i}@example.com`, role: 'org:member' }));
      const tooMany = await call<ClerkErrors>('POST', '/bulk', { body: items, invalidRequest: true });
      expect(tooMany.status).to.equal(400);
      expect(tooMany.body.errors[0].code).to.equal('bulk_size_exceeded');
    });
  });

  describe('one invitation', () => {
    it('GETs it by id, 404 resource_not_found when unknown', async () => {
      const emulator = make(5);
      const call = exchange(emulator);
      const [first] = emulator.store.all();
      expect((await call<ClerkInvitation>('GET', `/${first.id}`)).body).to.deep.equal(first);
      const missing = await call<ClerkErrors>('GET', '/orginv_missing');
      expect(missing.status).to.equal(404);
      expect(missing.body.errors[0].code).to.equal('resource_not_found');
    });

    it('revokes a pending one → 200 revoked; a second revoke → 404 not_pending', async () => {
      const emulator = make(20);
      const call = exchange(emulator);
      const target = emulator.store.all().find((i) => i.status === 'pending')!;
      const res = await call<ClerkInvitation>('POST', `/${target.id}/revoke`, {
        body: { requesting_user_id: emulator.inviters[1].id },
      });
      expect(res.status).to.equal(200);
      expect(res.body).to.include({ id: target.id, status: 'revoked', updated_at: NOW });
      const again = await call<ClerkErrors>('POST', `/${target.id}/revoke`);
      expect(again.status).to.equal(404);
      expect(again.body.errors[0].code).to.equal('organization_invitation_not_pending');
      const revoked = await call<ClerkList>('GET', '', { query: { status: 'revoked', limit: 100 } });
      expect(revoked.body.data.map((i) => i.id)).to.include(target.id);
    });

    it('404s revoking an unknown invitation with resource_not_found', async () => {
      const res = await exchange(make(1))<ClerkErrors>('POST', '/orginv_missing/revoke');
      expect(res.status).to.equal(404);
      expect(res.body.errors[0].code).to.equal('resource_not_found');
    });
  });

  it('answers paths it does not serve with a Clerk 404 body', async () => {
    const res = await exchange(make(1))<ClerkErrors>('GET', 'https://emulator.test/clerk/v1/users');
    expect(res.status).to.equal(404);
    expect(res.body.errors[0].code).to.equal('resource_not_found');
  });
});
