// The flow of the strict-CSP page (test/hardening/csp/server.mjs serves it as it is, under the page's CSP): loads the
// built bundles, shows both elements on the emulator, lists, creates, revokes, shows an error state and retries,
// counting every `securitypolicyviolation`; then, as a control, commits one violation on purpose (the listener must
// see it). Posts `{ steps, violations, errors, control }` to the parent window.
const violations = [];
const errors = [];
const steps = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) =>
    violations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
    ),
  true,
);
window.addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
window.addEventListener('unhandledrejection', (e) =>
  errors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`),
);

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, test, timeout = 4000) {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await wait(10);
  }
}
const step = (name) => steps.push(name);
const rows = (list) => [...list.shadowRoot.querySelectorAll('tbody tr[data-id]')];
// the email cell's own text, without the "New" mark of a row just created
const emails = (list) =>
  rows(list).map((r) =>
    [...r.querySelector('[part~="cell-email"]').childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );

async function flow() {
  await import('/__csp/invitation-elements.js');
  const { createEmulator } = await import('/__csp/emulator.js');
  step('bundles loaded');
  const em = createEmulator({ provider: 'auth0', count: 6, seed: 7, now: Date.now() });

  const list = document.createElement('invitation-list');
  list.setAttribute('provider', 'auth0');
  list.setAttribute('page-size', '10');
  list.endpoint = em.endpoint;
  list.fetcher = em.fetch;
  const loaded = new Promise((r) => list.addEventListener('invitation-loaded', r, { once: true }));
  document.body.append(list);
  await loaded;
  await list.updateComplete;
  if (rows(list).length !== 6) throw new Error(`the list shows ${rows(list).length} rows, not 6`);
  step('list rendered 6 rows');

  const form = document.createElement('invite-form');
  form.setAttribute('provider', 'auth0');
  form.setAttribute('client-id', 'client_1');
  form.setAttribute('inviter-name', 'Ada Admin');
  form.setAttribute('pace', '0');
  form.endpoint = em.endpoint;
  form.fetcher = em.fetch;
  document.body.append(form);
  await form.updateComplete;
  const input = form.shadowRoot.querySelector('#emails-input');
  const data = new DataTransfer();
  data.setData('text/plain', 'csp.person@example.com');
  // As InviteFormHarness.paste: Firefox keeps a synthetic paste's data unreadable, so when the paste goes unhandled
  // the page does what the browser would, insert the text and fire `input` (insertFromPaste).
  if (input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) {
    input.value = 'csp.person@example.com';
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
  }
  await form.updateComplete;
  const created = new Promise((r) => form.addEventListener('invitation-created', r, { once: true }));
  const refreshed = new Promise((r) => list.addEventListener('invitation-loaded', r, { once: true }));
  form.shadowRoot.querySelector('[part="submit"]').click();
  await created;
  step('form created an invitation');
  await refreshed;
  await list.updateComplete;
  if (!emails(list).includes('csp.person@example.com'))
    throw new Error(`the new invitation is not listed: ${emails(list)}`);
  step('list shows the new invitation');

  const id = rows(list).find((r) => r.querySelector('[data-action="revoke"]')).dataset.id;
  const revoked = new Promise((r) => list.addEventListener('invitation-revoked', r, { once: true }));
  rows(list)
    .find((r) => r.dataset.id === id)
    .querySelector('[data-action="revoke"]')
    .click();
  await list.updateComplete;
  list.shadowRoot.querySelector(`tr[data-id="${CSS.escape(id)}"] [data-action="confirm"]`).click();
  await revoked;
  await until('the revoked row to go', () => !rows(list).some((r) => r.dataset.id === id));
  if (em.store.get(id)) throw new Error('the emulator still holds the revoked invitation');
  step('list revoked an invitation');

  em.fault({ kind: 'status', status: 500, method: 'GET' });
  const failed = new Promise((r) => list.addEventListener('invitation-error', r, { once: true }));
  void list.refresh();
  await failed;
  await list.updateComplete;
  if (!list.shadowRoot.querySelector('[part~="error"]')) throw new Error('no error state');
  step('list showed an error state');
  const again = new Promise((r) => list.addEventListener('invitation-loaded', r, { once: true }));
  list.shadowRoot.querySelector('[part~="retry"]').click();
  await again;
  step('retry loaded the list');

  const before = violations.length;
  // the control: what a strict CSP must refuse, and report
  let control = 'allowed';
  try {
    new Function('return 1')();
  } catch {
    control = 'blocked';
  }
  await until('the control violation to be reported', () => violations.length > before, 2000).catch(() => undefined);
  return { control, controlReported: violations.length - before, violationsDuringFlow: violations.slice(0, before) };
}

flow()
  .then(
    (result) => ({ ...result, steps, errors }),
    (error) => ({
      steps,
      errors: [...errors, `flow failed: ${error?.stack ?? error}`],
      violationsDuringFlow: violations,
    }),
  )
  .then((result) => window.parent.postMessage({ type: 'csp-flow', ...result }, '*'));
