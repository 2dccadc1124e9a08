import { expect } from '@open-wc/testing';
import { matchSpecPath, validateRequestBody, validateResponse } from './specs.js';
import auth0Spec from '../specs/auth0.openapi.json';
import clerkSpec from '../specs/clerk.openapi.json';
import upsunSpec from '../specs/upsun.openapi.json';

describe('the spec validator (test support)', () => {
  it('keeps the x-source of every copied spec', () => {
    for (const spec of [auth0Spec, clerkSpec, upsunSpec]) {
      expect(spec['x-source'].repository).to.match(/^https:\/\/github\.com\//);
      expect(spec['x-source'].commit).to.match(/^[0-9a-f]{40}$/);
    }
  });

  it('matches URLs to spec paths by their tail', () => {
    expect(matchSpecPath('clerk', 'https://x.test/v1/organizations/org_1/invitations/orginv_1/revoke')).to.equal(
      '/organizations/{organization_id}/invitations/{invitation_id}/revoke',
    );
    expect(matchSpecPath('auth0', '/api/v2/organizations/org_1/invitations?page=0')).to.equal(
      '/organizations/{id}/invitations',
    );
  });

  it('rejects a body that breaks the schema and accepts one that keeps it', () => {
    const url = 'https://x.test/organizations/01ARZ3NDEKTSV4RRFFQ69G5FAV/invitations';
    expect(() => validateRequestBody('upsun', 'POST', url, { email: 'a@b.co', permissions: ['admin'] })).not.to.throw();
    expect(() => validateRequestBody('upsun', 'POST', url, { email: 'a@b.co', permissions: ['root'] })).to.throw(
      /does not match/,
    );
    expect(() => validateRequestBody('auth0', 'POST', '/organizations/o/invitations', { invitee: {} })).to.throw();
  });

  it('knows nullable fields, documented statuses and bodiless responses', () => {
    const inv = {
      object: 'organization_invitation',
      id: 'orginv_1',
      email_address: 'a@b.co',
      role: 'org:member',
      role_name: 'Member',
      public_metadata: {},
      url: null,
      expires_at: null,
      created_at: 1,
      updated_at: 1,
      inviter_id: null,
      public_inviter_data: null,
    };
    const url = '/organizations/org_1/invitations';
    expect(() => validateResponse('clerk', 'GET', url, 200, { data: [inv], total_count: 1 })).not.to.throw();
    expect(() => validateResponse('clerk', 'GET', url, 200, { data: [{ ...inv, url: 5 }], total_count: 1 })).to.throw();
    expect(() => validateResponse('clerk', 'GET', url, 418, {})).to.throw(/does not document/);
    expect(() =>
      validateResponse('auth0', 'DELETE', '/organizations/o/invitations/uinv_1', 204, undefined),
    ).not.to.throw();
  });
});
