import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { validateResponse } from '../support/specs.js';
import { parseLink } from './exchange.js';

interface Started {
  url: string;
  endpoints: Record<'auth0' | 'clerk' | 'upsun', string>;
}

describe('emulator over HTTP (Node server started by a wtr server command)', () => {
  let server: Started;

  before(async () => {
    server = (await executeServerCommand<Started, { count: number; seed: number }>('emulator-server-start', {
      count: 30,
      seed: 3,
    }))!;
  });

  after(async () => {
    await executeServerCommand('emulator-server-stop');
  });

  it('serves every provider under /emulator/{provider} on another origin', async () => {
    expect(new URL(server.url).origin).not.to.equal(location.origin);
    expect(server.endpoints.auth0).to.equal(`${server.url}/emulator/auth0/api/v2/organizations/org_demo/invitations`);
    const auth0 = await fetch(`${server.endpoints.auth0}?per_page=5`);
    expect(auth0.status).to.equal(200);
    const body: unknown = await auth0.json();
    validateResponse('auth0', 'GET', auth0.url, 200, body);
    expect(body).to.have.length(5);
  });

  it('answers a CORS preflight and lets the browser read Link for Upsun cursor paging', async () => {
    // The Authorization and Content-Type headers make this a preflighted request.
    const headers = { Authorization: 'Bearer test', 'Content-Type': 'application/json' };
    const res = await fetch(`${server.endpoints.upsun}?page[size]=4`, { headers });
    expect(res.status).to.equal(200);
    const first: unknown = await res.json();
    validateResponse('upsun', 'GET', res.url, 200, first);
    const { next } = parseLink(res.headers.get('link'));
    expect(next).to.match(new RegExp(`^${server.url}/emulator/upsun/`));
    const second = await fetch(next, { headers });
    const page: { id: string }[] = await second.json();
    validateResponse('upsun', 'GET', second.url, 200, page);
    expect(page).to.have.length(4);
    expect(page.map((i) => i.id)).not.to.include.members((first as { id: string }[]).map((i) => i.id));
    expect(parseLink(second.headers.get('link')).previous).to.be.a('string');
  });

  it('creates over HTTP, and leaves paths outside the emulators alone', async () => {
    const url = server.endpoints.clerk;
    const created = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email_address: 'http@example.com', role: 'org:member' }),
    });
    expect(created.status).to.equal(200);
    validateResponse('clerk', 'POST', url, 200, await created.json());
    const unknown = await fetch(`${server.url}/emulator/nowhere`);
    expect(unknown.status).to.equal(404);
  });
});
