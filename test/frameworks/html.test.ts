/**
 * The README's page for a `<script type="module">` without a bundler, exactly as printed there: its imports of
 * `node_modules/invitation-elements/dist/cdn/*.js` point at the files `vite build` makes from the current sources,
 * served from the folder it wrote them to, and the page runs in an iframe. The bundle has no static import (the
 * build fails otherwise); what it loads on demand (the provider's wire code) comes from beside it, as it does for a
 * page that copies the folder whole.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const README_PATH = './node_modules/invitation-elements/dist/cdn/';

/** The first ```html block after the README heading `heading`. */
async function readmePage(heading: string) {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.indexOf(`\n### ${heading}`);
  expect(section, `README has a "### ${heading}" section`).to.be.greaterThan(-1);
  const start = readme.indexOf('```html\n', section) + '```html\n'.length;
  return readme.slice(start, readme.indexOf('\n```', start));
}

describe('the README page that loads dist/cdn/invitation-elements.js from a static server', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('registers both tags and lists the emulator invitations with no bundler, the wire code from beside it', async function () {
    this.timeout(60_000); // builds the package first (once per run)
    const { base } = (await executeServerCommand('package-build')) as { base: string };
    let page = await readmePage('Without a bundler');
    expect(page).to.contain(`${README_PATH}invitation-elements.js`);
    expect(page).to.contain(`${README_PATH}emulator.js`);
    for (const file of ['invitation-elements.js', 'emulator.js']) {
      const url = `${location.origin}${base}/dist/cdn/${file}`;
      const code = await (await fetch(url)).text();
      expect(code.length, file).to.be.greaterThan(1000);
      page = page.replaceAll(`${README_PATH}${file}`, url);
    }

    frame = document.body.appendChild(document.createElement('iframe'));
    const errors: string[] = [];
    frame.srcdoc = page;
    await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    win.addEventListener('error', (e) => errors.push(e.message));
    const doc = frame.contentDocument!;

    await waitUntil(() => win.customElements.get('invitation-list') && win.customElements.get('invite-form'), '', {
      timeout: 5000,
    });
    const list = doc.querySelector('invitation-list')!;
    const rows = () => list.shadowRoot?.querySelectorAll('tbody tr[data-id]').length ?? 0;
    await waitUntil(() => rows() === 10, `rows: ${rows()}`, { timeout: 5000 });
    const form = doc.querySelector('invite-form')!;
    expect(form.shadowRoot!.querySelector('#role-select'), 'the roles property reached the form').to.exist;
    expect(errors).to.deep.equal([]);
    const fetched = win.performance.getEntriesByType('resource').map((e) => e.name.slice(e.name.indexOf('/dist/')));
    expect(
      fetched.filter((n) => /^\/dist\/cdn\/lazy\/[\w.-]*wire[\w.-]*\.js$/.test(n)),
      fetched.join(' '),
    ).to.have.length(1);
  });
});
