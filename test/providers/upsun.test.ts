import { expect } from '@open-wc/testing';
import { upsunAdapter } from '../../src/providers/upsun.js';
import type { InvitationError } from '../../src/model.js';
import { queryOf, scriptedFetcher } from '../../src/testing/fetcher.js';
import { contractQuery as query } from '../../src/testing/contract.js';
import { upsunFixture as f } from './fixtures.js';

const ctx = (fetcher: ReturnType<typeof scriptedFetcher>['fetcher']) => ({ endpoint: f.endpoint, fetcher });

describe('upsunAdapter', () => {
  it('reads an {items, _links} body and follows its HAL links', async () => {
    const body = {
      items: [f.raw(1, 'pending')],
      _links: {
        next: { href: `${f.endpoint}?page%5Bafter%5D=abc` },
        previous: { href: `${f.endpoint}?page%5Bbefore%5D=xyz` },
      },
    };
    const { fetcher, requests } = scriptedFetcher({ status: 200, body }, { status: 200, body: [] });
    const page = await upsunAdapter.list(query(), ctx(fetcher));
    expect(page.next).to.equal('after:abc');
    expect(page.previous).to.equal('before:xyz');
    await upsunAdapter.list(query({ page: 1, cursor: page.next }), ctx(fetcher));
    expect(queryOf(requests[1].url)['page[after]']).to.equal('abc');
  });

  it('takes only the cursor from a link to another origin, never the origin', async () => {
    const { fetcher, requests } = scriptedFetcher(
      {
        status: 200,
        body: [f.raw(1, 'pending')],
        headers: { link: '<https://evil.test/steal?page%5Bafter%5D=c2>; rel="next"' },
      },
      { status: 200, body: [] },
    );
    const page = await upsunAdapter.list(query(), ctx(fetcher));
    await upsunAdapter.list(query({ page: 1, cursor: page.next }), ctx(fetcher));
    expect(new URL(requests[1].url).origin).to.equal(new URL(f.endpoint).origin);
    expect(queryOf(requests[1].url)['page[after]']).to.equal('c2');
  });

  it('without any link there is one page', async () => {
    const { fetcher } = scriptedFetcher({ status: 200, body: [f.raw(1, 'pending')] });
    const page = await upsunAdapter.list(query(), ctx(fetcher));
    expect(page.next).to.be.undefined;
    expect(page.previous).to.be.undefined;
  });

  it('maps states: cancelled → revoked, error → failed; permissions to labels', async () => {
    const { fetcher } = scriptedFetcher({
      status: 200,
      body: [f.raw(1, 'revoked'), f.raw(2, 'failed'), f.raw(3, 'processing')],
    });
    const items = (await upsunAdapter.list(query(), ctx(fetcher))).items;
    expect(items.map((i) => i.status)).to.deep.equal(['revoked', 'failed', 'processing']);
    expect(items[0].expiresAt).to.be.undefined;
    expect(items[0].inviter?.name).to.equal('Ada Admin');
    expect(upsunAdapter.roleLabel!('billing')).to.equal('Manage billing');
  });

  it('maps a 409 to an already-invited error on the email field', async () => {
    const { fetcher } = scriptedFetcher({
      status: 409,
      body: { error: 'There is already a pending invitation for this invitee.' },
    });
    const error = (await upsunAdapter
      .create([{ email: 'a@b.co', roles: ['members'] }], ctx(fetcher))
      .catch((e) => e)) as InvitationError;
    expect(error.code).to.equal('already_invited');
    expect(error.field).to.equal('email');
    expect(error.message).to.match(/already a pending invitation/);
  });

  it('reads problem+json style errors too', async () => {
    const { fetcher } = scriptedFetcher({
      status: 403,
      body: { type: 'about:blank', title: 'Forbidden', detail: 'You may not invite.' },
    });
    const error = (await upsunAdapter.list(query(), ctx(fetcher)).catch((e) => e)) as InvitationError;
    expect(error.message).to.equal('You may not invite.');
  });

  it('needs at least one permission before sending', async () => {
    const { fetcher, requests } = scriptedFetcher({ status: 201, body: {} });
    const error = (await upsunAdapter
      .create([{ email: 'a@b.co', roles: [] }], ctx(fetcher))
      .catch((e) => e)) as InvitationError;
    expect(error.field).to.equal('roles');
    expect(requests).to.have.length(0);
  });
});
