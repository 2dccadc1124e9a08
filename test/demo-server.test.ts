import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface ConfigResult {
  ok: boolean;
  message?: string;
  real?: { provider: string; target: string } | null;
}
const config = (env: Record<string, string>) =>
  executeServerCommand<ConfigResult, Record<string, string>>('demo-config', env);

describe('npm start (the demo server)', () => {
  describe('when no real backend is configured', () => {
    it('runs on the emulators', async () => {
      expect(await config({})).to.deep.equal({ ok: true, real: null });
    });
  });

  describe('when the real-backend configuration is wrong', () => {
    it('stops on an unknown provider with one clear message', async () => {
      const result = await config({
        INVITATIONS_PROVIDER: 'okta',
        INVITATIONS_TARGET: 'https://x.test/i',
        INVITATIONS_TOKEN: 't',
      });
      expect(result.ok).to.be.false;
      expect(result.message).to.equal('Unknown INVITATIONS_PROVIDER "okta": use one of auth0, clerk, upsun.');
    });

    it('stops on a missing token', async () => {
      const result = await config({ INVITATIONS_PROVIDER: 'clerk', INVITATIONS_TARGET: 'https://x.test/i' });
      expect(result.message).to.match(/^INVITATIONS_TOKEN is not set/);
    });

    it('stops on a target that is not https', async () => {
      const result = await config({
        INVITATIONS_PROVIDER: 'auth0',
        INVITATIONS_TARGET: 'http://tenant.test/i',
        INVITATIONS_TOKEN: 't',
      });
      expect(result.message).to.match(/must be an https: URL/);
    });

    it('stops on an unreachable target', async () => {
      const result = await config({
        INVITATIONS_PROVIDER: 'upsun',
        INVITATIONS_TARGET: 'http://127.0.0.1:9/organizations/x/invitations',
        INVITATIONS_TOKEN: 't',
      });
      expect(result.message).to.match(/^Cannot reach INVITATIONS_TARGET http:\/\/127\.0\.0\.1:9/);
    });
  });

  describe('when proxying a real backend', () => {
    it('adds the token on the server side and never hands it to the browser', async () => {
      const token = 'sk_test_never_in_the_browser';
      const { url } = await executeServerCommand<{ url: string }, object>('demo-proxy-start', {
        provider: 'clerk',
        token,
      });
      const response = await fetch(`${url}/api/invitations?limit=2&offset=0`);
      expect(response.status).to.equal(200);
      const text = await response.text();
      expect(JSON.parse(text).data).to.have.length(2);
      expect(text).not.to.contain(token);
      expect([...response.headers.values()].join(' ')).not.to.contain(token);

      const config = await (await fetch(`${url}/demo-config.json`)).json();
      expect(config).to.deep.equal({ mode: 'real', provider: 'clerk', endpoint: '/api/invitations' });

      const upstream = await executeServerCommand<{ url: string; headers: Record<string, string> }[], object>(
        'demo-proxy-upstream',
        { provider: 'clerk' },
      );
      const last = upstream[upstream.length - 1];
      expect(last.headers.authorization).to.equal(`Bearer ${token}`);
      expect(new URL(last.url).searchParams.get('limit')).to.equal('2');
    });
  });
});
