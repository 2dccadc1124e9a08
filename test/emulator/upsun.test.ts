import { expect } from '@open-wc/testing';
import { createEmulator, type UpsunInvitation, type UpsunState } from '../../src/emulator/index.js';
import { exchange, NOW, parseLink } from './exchange.js';

type UpsunError = { error: string };

const make = (count = 45) => createEmulator({ provider: 'upsun', count, now: NOW });
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (items: UpsunInvitation[], dir: 1 | -1) =>
  [...items].sort((a, b) => dir * (cmp(a.updated_at, b.updated_at) || cmp(a.id, b.id))).map((i) => i.id);
const inState = (emulator: ReturnType<typeof make>, ...states: UpsunState[]) =>
  emulator.store.all().filter((i) => states.includes(i.state));

describe('emulator: Upsun API', () => {
  describe('GET the list', () => {
    it('pages forwards with Link rel="next" and backwards with rel="previous", keeping the other parameters', async () => {
      const emulator = make(60);
      const call = exchange(emulator);
      const query = { 'page[size]': 7, 'filter[state][in]': 'pending,error', sort: 'updated_at' };
      const pages: string[][] = [];
      let res = await call<UpsunInvitation[]>('GET', '', { query });
      expect(parseLink(res.headers.get('link'))).not.to.have.property('previous');
      pages.push(res.body.map((i) => i.id));
      for (let next = parseLink(res.headers.get('link')).next; next; next = parseLink(res.headers.get('link')).next) {
        const url = new URL(next);
        expect(url.searchParams.get('page[size]')).to.equal('7');
        expect(url.searchParams.get('filter[state][in]')).to.equal('pending,error');
        expect(url.searchParams.get('sort')).to.equal('updated_at');
        expect(url.searchParams.has('page[before]')).to.equal(false);
        res = await call<UpsunInvitation[]>('GET', next);
        pages.push(res.body.map((i) => i.id));
      }
      const expected = sorted(inState(emulator, 'pending', 'error'), 1);
      expect(pages.flat()).to.deep.equal(expected);
      expect(pages.slice(0, -1).every((p) => p.length === 7)).to.equal(true);

      // …and back again from the last page.
      const backwards: string[][] = [pages[pages.length - 1]];
      for (
        let prev = parseLink(res.headers.get('link')).previous;
        prev;
        prev = parseLink(res.headers.get('link')).previous
      ) {
        expect(new URL(prev).searchParams.has('page[after]')).to.equal(false);
        res = await call<UpsunInvitation[]>('GET', prev);
        backwards.unshift(res.body.map((i) => i.id));
      }
      expect(backwards).to.deep.equal(pages);
    });

    it('lists only pending invitations when no filter is given, newest update first, 100 at most', async () => {
      const emulator = make(300);
      const res = await exchange(emulator)<UpsunInvitation[]>('GET');
      const pending = inState(emulator, 'pending');
      expect(pending.length).to.be.greaterThan(100);
      expect(res.body.map((i) => i.id)).to.deep.equal(sorted(pending, -1).slice(0, 100));
      expect(parseLink(res.headers.get('link')).next).to.be.a('string');
    });

    it('sorts by updated_at and -updated_at', async () => {
      const emulator = make(40);
      const call = exchange(emulator);
      const up = await call<UpsunInvitation[]>('GET', '', { query: { sort: 'updated_at' } });
      const down = await call<UpsunInvitation[]>('GET', '', { query: { sort: '-updated_at' } });
      expect(up.body.map((i) => i.id)).to.deep.equal(sorted(inState(emulator, 'pending'), 1));
      expect(down.body.map((i) => i.id)).to.deep.equal(sorted(inState(emulator, 'pending'), -1));
    });

    for (const [name, query, states] of [
      ['filter[state][eq]=error', { 'filter[state][eq]': 'error' }, ['error']],
      ['filter[state]=accepted', { 'filter[state]': 'accepted' }, ['accepted']],
      ['filter[state][in]=pending,error', { 'filter[state][in]': 'pending,error' }, ['pending', 'error']],
      [
        'filter[state][ne]=pending',
        { 'filter[state][ne]': 'pending' },
        ['processing', 'accepted', 'cancelled', 'error'],
      ],
      [
        'filter[state][nin]=pending,cancelled',
        { 'filter[state][nin]': 'pending,cancelled' },
        ['processing', 'accepted', 'error'],
      ],
    ] as const) {
      it(`filters with ${name}`, async () => {
        const emulator = make(120);
        const res = await exchange(emulator)<UpsunInvitation[]>('GET', '', { query });
        expect(res.body.map((i) => i.id)).to.deep.equal(sorted(inState(emulator, ...states), -1));
      });
    }

    for (const [name, query] of [
      ['page[size] above 100', { 'page[size]': 101 }],
      ['page[size] 0', { 'page[size]': 0 }],
      ['an unknown sort', { sort: 'created_at' }],
      ['an unknown state', { 'filter[state][eq]': 'expired' }],
      ['a garbled cursor', { 'page[after]': '%%%' }],
    ] as const) {
      it(`rejects ${name} with 400 {error}`, async () => {
        const res = await exchange(make(5))<UpsunError>('GET', '', { query });
        expect(res.status).to.equal(400);
        expect(res.body.error).to.be.a('string').and.not.empty;
      });
    }
  });

  describe('POST an invitation', () => {
    it('answers 201 with a pending invitation owned by the caller', async () => {
      const emulator = make(5);
      const call = exchange(emulator);
      const res = await call<UpsunInvitation>('POST', '', {
        body: { email: 'new.dev@example.com', permissions: ['projects:list', 'project:create'] },
      });
      expect(res.status).to.equal(201);
      expect(res.body).to.include({
        state: 'pending',
        email: 'new.dev@example.com',
        organization_id: '01HZY3N5QF9V8K2M4R6T7W8X9Y',
        created_at: '2026-11-01T12:00:00Z',
        finished_at: null,
      });
      expect(res.body.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(res.body.owner).to.deep.equal({ id: emulator.inviters[0].id, display_name: emulator.inviters[0].name });
      const list = await call<UpsunInvitation[]>('GET', '', { query: { 'page[size]': 1 } });
      expect(list.body[0].id).to.equal(res.body.id);
    });

    it('answers 409 to a second pending invitation for the invitee', async () => {
      const emulator = make(0);
      const call = exchange(emulator);
      await call('POST', '', { body: { email: 'twice@example.com', permissions: ['members'] } });
      const res = await call<UpsunError>('POST', '', {
        body: { email: 'Twice@example.com', permissions: ['billing'] },
      });
      expect(res.status).to.equal(409);
      expect(res.documented).to.equal(true);
      expect(res.body).to.deep.equal({ error: 'There is already a pending invitation for this invitee.' });
      expect(emulator.store.size).to.equal(1);
    });

    it('resends with force: true — the old invitation is cancelled, a new one is created', async () => {
      let now = NOW;
      const emulator = createEmulator({ provider: 'upsun', count: 0, now: () => now });
      const call = exchange(emulator);
      const first = await call<UpsunInvitation>('POST', '', {
        body: { email: 'again@example.com', permissions: ['admin'] },
      });
      now += 60_000;
      const second = await call<UpsunInvitation>('POST', '', {
        body: { email: 'again@example.com', permissions: ['admin'], force: true },
      });
      expect(second.status).to.equal(201);
      expect(second.body.id).not.to.equal(first.body.id);
      expect(second.body.created_at).to.equal('2026-11-01T12:01:00Z');
      expect(emulator.store.get(first.body.id)).to.include({
        state: 'cancelled',
        finished_at: '2026-11-01T12:01:00Z',
        updated_at: '2026-11-01T12:01:00Z',
      });
      const pending = await call<UpsunInvitation[]>('GET');
      expect(pending.body.map((i) => i.id)).to.deep.equal([second.body.id]);
    });

    it('creates with force: true when nothing is pending', async () => {
      const emulator = make(0);
      const res = await exchange(emulator)<UpsunInvitation>('POST', '', {
        body: { email: 'f@example.com', permissions: ['plans'], force: true },
      });
      expect(res.status).to.equal(201);
      expect(emulator.store.size).to.equal(1);
    });

    for (const [name, body] of [
      ['no permissions', { email: 'x@example.com', permissions: [] }],
      ['an unknown permission', { email: 'x@example.com', permissions: ['projects:create'] }],
      ['an invalid email', { email: 'x', permissions: ['admin'] }],
      ['no email', { permissions: ['admin'] }],
    ] as const) {
      it(`rejects ${name} with 400 {error}`, async () => {
        const emulator = make(0);
        const invalid = name !== 'no permissions'; // the spec's schema allows an empty array; Upsun does not
        const res = await exchange(emulator)<UpsunError>('POST', '', { body, invalidRequest: invalid });
        expect(res.status).to.equal(400);
        expect(res.documented).to.equal(true);
        expect(res.body.error).to.be.a('string').and.not.empty;
        expect(emulator.store.size).to.equal(0);
      });
    }

    it('rejects a body that is not JSON with 400 {error}', async () => {
      const res = await exchange(make(0))<UpsunError>('POST', '', { raw: 'email=x', contentType: 'text/plain' });
      expect(res.status).to.equal(400);
      expect(res.body.error).to.match(/application\/json/);
    });
  });

  describe('DELETE an invitation', () => {
    it('cancels a pending one with 204; it leaves the pending list and cannot be cancelled twice', async () => {
      const emulator = make(30);
      const call = exchange(emulator);
      const target = inState(emulator, 'pending')[0];
      const res = await call('DELETE', `/${target.id}`);
      expect(res.status).to.equal(204);
      expect(res.text).to.equal('');
      expect(emulator.store.get(target.id)).to.include({ state: 'cancelled', finished_at: '2026-11-01T12:00:00Z' });
      const pending = await call<UpsunInvitation[]>('GET');
      expect(pending.body.map((i) => i.id)).not.to.include(target.id);
      const cancelled = await call<UpsunInvitation[]>('GET', '', { query: { 'filter[state]': 'cancelled' } });
      expect(cancelled.body[0].id).to.equal(target.id);
      const again = await call<UpsunError>('DELETE', `/${target.id}`);
      expect(again.status).to.equal(400);
      expect(again.body.error).to.match(/pending/);
    });

    it('404s an unknown invitation with an {error} body (the official client never settles on an empty one)', async () => {
      const res = await exchange(make(3))<UpsunError>('DELETE', '/00000000-0000-4000-8000-000000000000');
      expect(res.status).to.equal(404);
      expect(res.documented).to.equal(true);
      expect(res.headers.get('content-type')).to.match(/^application\/json/);
      expect(res.body.error).to.equal('Invitation not found.');
    });
  });

  it('has no GET for one invitation (405) and 404s other paths with {error}', async () => {
    const emulator = make(3);
    const [first] = emulator.store.all();
    const res = await exchange(emulator)<UpsunError>('GET', `/${first.id}`);
    expect(res.status).to.equal(405);
    expect(res.headers.get('allow')).to.equal('DELETE');
    const other = await exchange(emulator)<UpsunError>('GET', 'https://emulator.test/upsun/organizations');
    expect(other.status).to.equal(404);
    expect(other.body.error).to.be.a('string');
  });
});
