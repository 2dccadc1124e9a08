/**
 * Strict CSP: a page served with `default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html` (no unsafe-inline, no unsafe-eval) runs both elements
 * from the built bundles (the dist/cdn build) through a list / create / revoke / error / retry flow with no
 * `securitypolicyviolation` — and a deliberate `new Function` at the end proves the listener sees one. zod/mini is in
 * the wire code the elements' bundle loads with a provider's first request (it validates responses), and no file
 * the bundles are made of holds an eval-like construct: zod/mini's
 * object parser is the plain `$ZodObject`, not classic zod's `$ZodObjectJIT`, whose `new Function` probe
 * (`util.allowsEval`) a strict policy would report; nothing generates code at run time.
 * Server side: test/hardening/csp/server.mjs; the page's script: test/hardening/csp/flow.js.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface FlowResult {
  steps: string[];
  errors: string[];
  violationsDuringFlow: string[];
  control?: string;
  controlReported?: number;
}

function runPage(timeout = 15_000): Promise<FlowResult> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the CSP page did not report')), timeout);
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow || e.data?.type !== 'csp-flow') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(e.data as FlowResult);
    };
    window.addEventListener('message', onMessage);
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.src = '/__csp/page.html';
    document.body.append(frame);
  });
}

describe('hardening: strict Content-Security-Policy', function () {
  this.timeout(60_000);
  let bundles: { files: Record<string, number>; evalLike: string[]; zod: string[] };

  before(async () => {
    bundles = await executeServerCommand('csp-build');
  });

  it('serves the page with exactly the strict policy', async () => {
    const response = await fetch('/__csp/page.html');
    expect(response.headers.get('content-security-policy')).to.equal(CSP);
    const script = await fetch('/__csp/invitation-elements.js');
    expect(script.ok).to.equal(true);
    expect(await script.text()).to.contain('invitation-list');
  });

  it('the built bundles hold zod/mini (in the wire code they load on demand), and no eval, Function constructor or string timer', () => {
    expect(Object.keys(bundles.files)).to.deep.equal(['invitation-elements', 'emulator']);
    expect(bundles.zod, 'files with zod/mini inside').to.have.length(1);
    expect(bundles.zod[0], 'files with zod/mini inside').to.match(/^invitation-elements \(lazy\/.+\.js\)$/);
    expect(bundles.evalLike).to.deep.equal([]);
  });

  it('runs list, create, revoke, error and retry with 0 violations (and sees a deliberate one)', async () => {
    const started = performance.now();
    const result = await runPage();
    console.log(
      `csp: ${result.steps.length} cases (flow steps), ${result.violationsDuringFlow.length + result.errors.length} failures ` +
        `(${result.violationsDuringFlow.length} violations, ` +
        `${result.errors.length} errors); control ${result.control} and reported ${result.controlReported ?? 0}, ` +
        `zod/mini in ${bundles.zod.join(', ') || 'no file'} ` +
        `(bundles: ${Object.entries(bundles.files)
          .map(([n, size]) => `${n}.js ${size} B`)
          .join(', ')}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(result.errors).to.deep.equal([]);
    expect(result.violationsDuringFlow).to.deep.equal([]);
    expect(result.steps).to.deep.equal([
      'bundles loaded',
      'list rendered 6 rows',
      'form created an invitation',
      'list shows the new invitation',
      'list revoked an invitation',
      'list showed an error state',
      'retry loaded the list',
    ]);
    expect(result.control, 'new Function under the policy').to.equal('blocked');
    expect(result.controlReported, 'the listener sees a violation').to.be.greaterThan(0);
  });
});
