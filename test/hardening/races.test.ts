/**
 * Races: 100 random interleavings of user moves (next, previous, sort, status filter, search) with answers that
 * arrive in any order — from a fetcher that honours the abort signal and from one that ignores it (a late answer
 * still arrives). After every step the rows on screen come from one answer, to a query the user asked for, never
 * older than what was shown before (nothing flickers back); once every answer is in, they are the latest query's.
 * Every answer tags its rows with the request that produced them (`req12.row3@example.com`), so the test can tell.
 */
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { InvitationQueryChangeEvent } from '../../src/events.js';
import type { ListQuery } from '../../src/model.js';
import type { Fetcher } from '../../src/providers/adapter.js';
import { listOf, mountList } from './elements.js';
import { ADAPTERS, ENDPOINTS, SEED, report, tick, watchGlobalErrors } from './support.js';

const CASES = 100;
const TOTAL = 23; // rows the fake server holds for any query: pages of 5, the last one short

interface Held {
  n: number;
  url: string;
  release: () => void;
  done: boolean;
}

/** A Clerk server whose answers wait until the test releases them; each row says which request it answers. */
function heldServer(honourSignal: boolean) {
  const pending: Held[] = [];
  const urls: string[] = [];
  const fetcher: Fetcher = (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const n = urls.length;
      const url = String(input);
      urls.push(url);
      const params = new URL(url).searchParams;
      const limit = Number(params.get('limit'));
      const offset = Number(params.get('offset'));
      const status = (params.get('status') ?? 'pending').split(',')[0];
      const count = Math.max(0, Math.min(limit, TOTAL - offset));
      const data = Array.from({ length: count }, (_, i) => ({
        object: 'organization_invitation',
        id: `inv_${n}_${i}`,
        email_address: `req${n}.row${offset + i}@example.com`,
        role: 'org:member',
        status,
        created_at: 1_700_000_000_000 - (offset + i) * 1000,
        updated_at: 1_700_000_000_000,
      }));
      const held: Held = {
        n,
        url,
        done: false,
        release: () => {
          held.done = true;
          resolve(Response.json({ data, total_count: TOTAL }));
        },
      };
      pending.push(held);
      if (honourSignal) {
        init?.signal?.addEventListener('abort', () => {
          held.done = true;
          reject(init.signal!.reason);
        });
      }
    });
  return { fetcher, pending: () => pending.filter((h) => !h.done), urls };
}

/** The URL the Clerk adapter sends for a query (its own request builder, not a copy of it). */
async function urlOf(query: ListQuery): Promise<string> {
  let url = '';
  const capture: Fetcher = (input) => {
    url = String(input);
    return Promise.reject(new Error('captured'));
  };
  await ADAPTERS.clerk.list(query, { endpoint: ENDPOINTS.clerk, fetcher: capture }).catch(() => undefined);
  return url;
}

type Move =
  | { kind: 'next' | 'previous' }
  | { kind: 'sort'; pick: number }
  | { kind: 'status'; pick: number }
  | { kind: 'search'; text: string }
  | { kind: 'answer'; pick: number }
  | { kind: 'wait' };

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Move>({ kind: 'next' }, { kind: 'previous' }) },
  { weight: 2, arbitrary: fc.nat().map((pick): Move => ({ kind: 'sort', pick })) },
  { weight: 2, arbitrary: fc.nat().map((pick): Move => ({ kind: 'status', pick })) },
  { weight: 2, arbitrary: fc.constantFrom('', 'ada', 'bob').map((text): Move => ({ kind: 'search', text })) },
  { weight: 6, arbitrary: fc.nat().map((pick): Move => ({ kind: 'answer', pick })) },
  { weight: 1, arbitrary: fc.constant<Move>({ kind: 'wait' }) },
);

async function play(el: InvitationList, move: Move, server: ReturnType<typeof heldServer>) {
  const root = el.shadowRoot!;
  switch (move.kind) {
    case 'next':
    case 'previous': {
      const button = root.querySelector<HTMLButtonElement>(`[part~="pager-${move.kind}"]`);
      if (button && !button.disabled && button.getAttribute('aria-disabled') !== 'true') button.click();
      break;
    }
    case 'sort': {
      const select = root.querySelector<HTMLSelectElement>('[part~="sort"]')!;
      select.selectedIndex = move.pick % select.options.length;
      select.dispatchEvent(new Event('change'));
      break;
    }
    case 'status': {
      const boxes = root.querySelectorAll<HTMLInputElement>('[part~="status-filter"] input');
      boxes[move.pick % boxes.length].click();
      break;
    }
    case 'search': {
      const input = root.querySelector<HTMLInputElement>('[part~="search"]')!;
      input.value = move.text;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      break;
    }
    case 'answer': {
      const pending = server.pending();
      if (pending.length) pending[move.pick % pending.length].release();
      break;
    }
    case 'wait':
      await tick(5);
  }
  await tick();
  await el.updateComplete;
}

describe('hardening: races between answers and user moves', function () {
  this.timeout(120_000);
  let watch: ReturnType<typeof watchGlobalErrors>;
  beforeEach(() => (watch = watchGlobalErrors()));
  afterEach(() => {
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });

  it(`${CASES} interleavings: the rows always belong to a query the user asked for, never an older one, and end on the latest`, async () => {
    let steps = 0;
    let checks = 0;
    let requests = 0;
    const started = performance.now();
    const details = await fc.check(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(moveArb, { minLength: 8, maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
        async (honourSignal, moves, finalOrder) => {
          const server = heldServer(honourSignal);
          const { el } = await mountList('clerk', server.fetcher, (el) => (el.pageSize = 5), { hidden: true });
          try {
            // generation k = the query in force after the user's k-th move (0: the first load)
            const generations: string[] = [server.urls[0]];
            const changes: Promise<void>[] = [];
            el.addEventListener('invitation-query-change', (e) => {
              const index = generations.push('') - 1;
              changes.push(
                urlOf((e as InvitationQueryChangeEvent).detail.query as ListQuery).then((u) => {
                  generations[index] = u;
                }),
              );
            });
            let shown = -1;
            const observe = async () => {
              await Promise.all(changes);
              const emails = listOf(el).emails();
              if (!emails.length) return;
              checks++;
              const from = new Set(emails.map((e) => /^req(\d+)\./.exec(e)?.[1]));
              expect(from.size, `rows from one answer: ${emails}`).to.equal(1);
              const url = server.urls[Number([...from][0])];
              const generation = generations.lastIndexOf(url);
              expect(generation, `rows of a query the user never asked for: ${url}`).to.be.at.least(0);
              expect(generation, `flicked back from query ${shown} to query ${generation}`).to.be.at.least(shown);
              shown = generation;
            };
            for (const move of moves) {
              await play(el, move, server);
              steps++;
              await observe();
            }
            // every answer still out arrives, in a random order
            for (let i = 0; server.pending().length; i++) {
              const pending = server.pending();
              pending[finalOrder[i % finalOrder.length] % pending.length].release();
              await tick();
              await el.updateComplete;
              await observe();
            }
            await tick(1);
            await el.updateComplete;
            await Promise.all(changes);
            requests += server.urls.length;
            const latest = generations[generations.length - 1];
            const emails = listOf(el).emails();
            expect(listOf(el).part('error'), 'no error state').to.equal(null);
            const n = Number(/^req(\d+)\./.exec(emails[0] ?? '')?.[1]);
            if (emails.length === 0) {
              // only an empty page may show nothing: the latest query asks past the end
              const offset = Number(new URL(latest).searchParams.get('offset'));
              expect(offset, 'rows of the latest query').to.be.at.least(TOTAL);
            } else {
              expect(server.urls[n], 'the rows answer the latest query').to.equal(latest);
              const offset = Number(new URL(latest).searchParams.get('offset'));
              expect(emails.length).to.equal(Math.min(5, TOTAL - offset));
            }
          } finally {
            el.remove();
          }
        },
      ),
      { numRuns: CASES, seed: SEED },
    );
    report(
      'races <invitation-list>',
      details,
      ` (${steps} moves, ${requests} requests, ${checks} screens checked)`,
      started,
    );
  });
});
