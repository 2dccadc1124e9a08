import { expect } from '@open-wc/testing';
import { clerkAdapter } from '../../src/providers/clerk.js';
import type { InvitationDraft, InvitationError } from '../../src/model.js';
import { pathOf, scriptedFetcher } from '../../src/testing/fetcher.js';
import { validateRequestBody, validateResponse } from '../support/specs.js';
import { contractQuery as query } from '../../src/testing/contract.js';
import { clerkFixture as f, NOW } from './fixtures.js';

const ctx = (fetcher: ReturnType<typeof scriptedFetcher>['fetcher']) => ({
  endpoint: f.endpoint,
  fetcher,
  now: () => NOW,
});

describe('clerkAdapter', () => {
  it('creates many invitations through the bulk endpoint, in one request', async () => {
    const drafts: InvitationDraft[] = [0, 1, 2].map((n) => ({
      email: `b${n}@example.com`,
      roles: ['org:member'],
      sendEmail: true,
    }));
    const data = drafts.map((_, n) => ({ ...f.raw(60 + n, 'pending'), email_address: `b${n}@example.com` }));
    const body = { data, total_count: 3 };
    validateResponse('clerk', 'POST', `${f.endpoint}/bulk`, 200, body);
    const { fetcher, requests } = scriptedFetcher({ status: 200, body });
    const created = await clerkAdapter.create(drafts, ctx(fetcher));
    expect(requests).to.have.length(1);
    expect(pathOf(requests[0].url)).to.equal(`${pathOf(f.endpoint)}/bulk`);
    validateRequestBody('clerk', 'POST', requests[0].url, requests[0].body);
    expect(requests[0].body).to.deep.equal(
      drafts.map((d) => ({ email_address: d.email, role: 'org:member', notify: true })),
    );
    expect(created.map((i) => i.email)).to.deep.equal(['b0@example.com', 'b1@example.com', 'b2@example.com']);
  });

  it('refuses more than ten drafts per call', async () => {
    const { fetcher, requests } = scriptedFetcher({ status: 200, body: {} });
    const drafts = Array.from({ length: 11 }, (_, n) => ({ email: `x${n}@example.com`, roles: ['org:member'] }));
    const error = (await clerkAdapter.create(drafts, ctx(fetcher)).catch((e) => e)) as InvitationError;
    expect(error.kind).to.equal('config');
    expect(requests).to.have.length(0);
  });

  it('maps a duplicate invitation to the email field', async () => {
    const { fetcher } = scriptedFetcher({
      status: 400,
      body: {
        errors: [
          {
            message: 'duplicate',
            long_message: 'There is already a pending invitation for a@b.co',
            code: 'organization_invitation_not_unique',
          },
        ],
        clerk_trace_id: 'trace_x',
      },
    });
    const error = (await clerkAdapter
      .create([{ email: 'a@b.co', roles: ['org:member'] }], ctx(fetcher))
      .catch((e) => e)) as InvitationError;
    expect(error.field).to.equal('email');
    expect(error.code).to.equal('organization_invitation_not_unique');
    expect(error.message).to.equal('There is already a pending invitation for a@b.co');
    expect(error.traceId).to.equal('trace_x');
  });

  it('reports revoking a non-pending invitation clearly', async () => {
    const { fetcher } = scriptedFetcher({
      status: 404,
      body: {
        errors: [
          {
            message: 'not pending',
            long_message: 'This invitation is not pending anymore.',
            code: 'organization_invitation_not_pending',
          },
        ],
      },
    });
    const inv = { id: 'orginv_1', email: 'a@b.co', status: 'accepted' as const, roles: [], raw: {} };
    const error = (await clerkAdapter.revoke(inv, ctx(fetcher)).catch((e) => e)) as InvitationError;
    expect(error.status).to.equal(404);
    expect(error.code).to.equal('organization_invitation_not_pending');
    expect(error.message).to.match(/not pending/);
  });

  it('shows a pending invitation past its expiry as expired, and maps role labels', async () => {
    const raw = { ...f.raw(1, 'pending'), expires_at: NOW - 1000, role: 'org:admin', role_name: 'Administrator' };
    const { fetcher } = scriptedFetcher({ status: 200, body: { data: [raw], total_count: 1 } });
    const [inv] = (await clerkAdapter.list(query(), ctx(fetcher))).items;
    expect(inv.status).to.equal('expired');
    expect(clerkAdapter.roleLabel!('org:admin', inv)).to.equal('Administrator');
    expect(inv.inviter).to.deep.equal({ id: 'user_ada', name: 'Ada Lovelace' });
    expect(inv.createdAt!.getTime()).to.equal(NOW - 2 * 86400000);
  });

  it('treats an unknown status as an answer it cannot use', async () => {
    const { fetcher } = scriptedFetcher({
      status: 200,
      body: { data: [{ ...f.raw(1, 'pending'), status: 'weird' }], total_count: 1 },
    });
    const error = (await clerkAdapter.list(query(), ctx(fetcher)).catch((e) => e)) as InvitationError;
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.contain('weird');
  });

  it('drops an accept link that is not https', async () => {
    const { fetcher } = scriptedFetcher({
      status: 200,
      body: {
        data: [
          { ...f.raw(1, 'pending'), url: 'javascript:alert(1)' },
          { ...f.raw(2, 'pending'), url: 'http://x.test' },
        ],
        total_count: 2,
      },
    });
    const items = (await clerkAdapter.list(query(), ctx(fetcher))).items;
    expect(items.map((i) => i.url)).to.deep.equal([undefined, undefined]);
  });
});
