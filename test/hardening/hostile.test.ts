/**
 * Hostile data: more than 50 injection payloads (script tags, event-handler attributes, `javascript:` / `data:` /
 * `http:` URLs, SVG and MathML, CSS injection, template markers, RTL override characters) in every field the
 * elements render — email, inviter name, roles, invitation URL, the server's error messages (load, revoke, create)
 * and the form's role labels — on every provider. Each payload sets `globalThis.__pwned` if it ever runs. After every
 * render: nothing ran, no element or attribute came from the data (no script/img/svg/iframe/style…, no `on*`
 * attribute), every link is an `https:` one, and the text shows as text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { displayText } from '../../src/model.js';
import type { Fetcher } from '../../src/providers/adapter.js';
import { chooseRole, formOf, listOf, mountForm, mountList, submit, textOf } from './elements.js';
import { PROVIDERS, tick, watchGlobalErrors, type ProviderName } from './support.js';

const RUN = 'globalThis.__pwned=1';

/** Each one runs `globalThis.__pwned=1` if it is ever treated as markup, script, a URL or a style. */
export const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=data:text/javascript,${RUN}></SCRIPT>`,
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=${RUN}//`,
  `"><img src=x onerror=${RUN}>`,
  `'><img src=x onerror=${RUN}>`,
  `</th></tr><img src=x onerror=${RUN}>`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin="${RUN}" attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x=20 y=20>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<iframe src="javascript:parent.__pwned=1">`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>">`,
  `<object data="javascript:${RUN}">`,
  `<embed src="javascript:${RUN}">`,
  `<details open ontoggle="${RUN}">`,
  `<body onload="${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<audio src=x onerror="${RUN}">`,
  `<marquee onstart="${RUN}">x</marquee>`,
  `<x onclick="${RUN}">click</x>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:/">`,
  `<link rel=stylesheet href="https://evil.example.com/x.css">`,
  `<style>*{background:url("javascript:${RUN}")}</style>`,
  `</style><script>${RUN}</script>`,
  `red;}</style><img src=x onerror=${RUN}>`,
  `x" style="background:url(javascript:${RUN})`,
  `expression(${RUN})`,
  `<template><script>${RUN}</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<<script>script>${RUN}<</script>/script>`,
  `<img src="x`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `%3Cscript%3E${RUN}%3C/script%3E`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `<?lit$1234$>`,
  `<!--?lit$1234$-->`,
  `lit$1234$`,
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `javascript&colon;${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,PHNjcmlwdD5nbG9iYWxUaGlzLl9fcHduZWQ9MTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `http://evil.example.com/accept`,
  `//evil.example.com/accept`,
  `https:evil.example.com`,
  `\u202Emoc.elpmaxe@live`,
  `\u202E<img src=x onerror=${RUN}>`,
  `\u2066\u202Eadmin\u2069@example.com`,
  `\u200F\u061C<svg onload=${RUN}>`,
];

/** URLs the data may carry: only the `https:` ones may ever be offered (copied), none may become a link. */
const URLS = PAYLOADS.filter((p) => /^\s*[a-z\t&;]+:|^\/\//i.test(p) || p.startsWith('https:'));

const FORBIDDEN_TAGS = new Set(
  'script img svg iframe object embed details body input-autofocus video audio source marquee x form meta base link style math mtext mglyph template noscript animate a'.split(
    ' ',
  ),
);
/** Tags the elements render themselves that appear in FORBIDDEN_TAGS' list by name. */
const OWN_TAGS: Record<string, Set<string>> = { list: new Set(['svg']), form: new Set(['form', 'input', 'svg']) };

let renders = 0;
let fieldsChecked = 0;
let failures = 0;

/** Every element under `root`, through shadow roots. */
function allElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Nothing in `host`'s shadow DOM came from the data, and nothing ran. */
async function checkSafe(host: HTMLElement, kind: 'list' | 'form', label: string) {
  await tick(); // event handlers of broken images and the like fire a task later
  renders++;
  try {
    findUnsafe(host, kind, label);
  } catch (error) {
    failures++;
    throw error;
  }
}

function findUnsafe(host: HTMLElement, kind: 'list' | 'form', label: string) {
  expect((globalThis as { __pwned?: unknown }).__pwned, `${label}: a payload ran`).to.equal(undefined);
  for (const el of allElements(host.shadowRoot!)) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag) && !OWN_TAGS[kind].has(tag)) {
      throw new Error(`${label}: a <${tag}> element came from the data: ${el.outerHTML.slice(0, 200)}`);
    }
    if (tag === 'svg' && el.querySelector('script, a, animate, foreignObject')) {
      throw new Error(`${label}: an active <svg>: ${el.outerHTML.slice(0, 200)}`);
    }
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) throw new Error(`${label}: an ${attr} attribute on <${tag}>`);
      if (/^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(attr)) {
        const value = el.getAttribute(attr)!;
        if (!/^https:\/\//.test(value)) throw new Error(`${label}: <${tag} ${attr}="${value}">`);
      }
      if (attr === 'style' && /url\(|expression/i.test(el.getAttribute(attr)!)) {
        throw new Error(`${label}: a style from the data on <${tag}>: ${el.getAttribute(attr)}`);
      }
    }
  }
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const created = Date.now() - 86400_000; // pending: not expired yet

/** One wire invitation per payload: the payload in every field the list renders. */
function wireRows(provider: ProviderName) {
  return PAYLOADS.map((p, i) => {
    const id = `inv_${i}`;
    const url = URLS[i % URLS.length];
    switch (provider) {
      case 'auth0':
        return {
          id,
          invitee: { email: p },
          inviter: { name: p },
          invitation_url: url,
          created_at: new Date(created).toISOString(),
          expires_at: new Date(created + 7 * 86400_000).toISOString(),
          client_id: 'client_1',
          roles: [p, 'rol_ok'],
        };
      case 'clerk':
        return {
          object: 'organization_invitation',
          id,
          email_address: p,
          role: p,
          role_name: p,
          status: 'pending',
          public_inviter_data: { first_name: p, last_name: p, identifier: p },
          url,
          created_at: created,
          updated_at: created,
        };
      case 'upsun':
        return {
          id,
          email: p,
          state: 'pending',
          owner: { id: p, display_name: p },
          created_at: new Date(created).toISOString(),
          updated_at: new Date(created).toISOString(),
          permissions: [p, 'admin'],
        };
    }
  });
}

function listBody(provider: ProviderName) {
  const rows = wireRows(provider);
  if (provider === 'auth0') return { start: 0, limit: 100, total: rows.length, invitations: rows };
  if (provider === 'clerk') return { data: rows, total_count: rows.length };
  return { items: rows, _links: {} };
}

/** An error answer in the provider's dialect, with `message` wherever the dialect puts one. */
function errorBody(provider: ProviderName, message: string) {
  if (provider === 'auth0') return { statusCode: 400, error: message, message, errorCode: message };
  if (provider === 'clerk')
    return { errors: [{ message, long_message: message, code: message, meta: {} }], clerk_trace_id: message };
  return { status: 400, title: message, message, detail: message, code: message };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('hardening: hostile data', function () {
  this.timeout(120_000);
  let watch: ReturnType<typeof watchGlobalErrors>;
  beforeEach(() => {
    delete (globalThis as { __pwned?: unknown }).__pwned;
    watch = watchGlobalErrors();
  });
  afterEach(() => {
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
    expect((globalThis as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });
  after(() => {
    console.log(
      `hostile: ${renders} cases (renders checked), ${failures} failures ` +
        `(${PAYLOADS.length} payloads, ${URLS.length} of them URLs, × ${PROVIDERS.length} providers; ${fieldsChecked} fields rendered)`,
    );
  });

  it(`has at least 50 payloads, and its check sees what a payload would leave`, async () => {
    expect(PAYLOADS.length).to.be.at.least(50);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    for (const markup of [
      '<img alt="">',
      '<p onclick="void 0">x</p>',
      '<span><a href="javascript:void 0">x</a></span>',
    ]) {
      host.shadowRoot!.innerHTML = markup;
      expect(() => findUnsafe(host, 'list', 'control'), markup).to.throw();
    }
    (globalThis as { __pwned?: unknown }).__pwned = 1;
    let seen = false;
    await checkSafe(host, 'list', 'control').catch(() => (seen = true));
    delete (globalThis as { __pwned?: unknown }).__pwned;
    failures--;
    expect(seen, 'a payload that ran').to.equal(true);
    host.remove();
  });

  for (const provider of PROVIDERS) {
    describe(`on ${provider}`, () => {
      it('<invitation-list> shows every payload in email, inviter, roles and url as text, and links nothing', async () => {
        const fetcher: Fetcher = async () => json(listBody(provider));
        const { el } = await mountList(provider, fetcher, (el) => (el.pageSize = 100));
        await waitUntil(() => listOf(el).rows().length === PAYLOADS.length, 'every row shows', { timeout: 4000 });
        await checkSafe(el, 'list', `${provider} rows`);
        expect(listOf(el).emails()).to.deep.equal(PAYLOADS.map((p) => norm(displayText(p))));
        fieldsChecked += PAYLOADS.length * 4;
        const root = el.shadowRoot!;
        let offered = 0;
        for (const row of listOf(el).rows()) {
          const i = Number(row.dataset.id!.slice(4));
          const inviter = textOf(row.querySelector('[part~="cell-inviter"]'));
          const roles = textOf(row.querySelector('[part~="cell-roles"]'));
          expect(inviter + roles, `row ${i}`).to.contain(norm(displayText(PAYLOADS[i])).slice(0, 12));
          // only an https: URL is offered (to copy; `https:host` is one too, as browsers read it); nothing is a link
          const url = URLS[i % URLS.length];
          const copy = row.querySelector('[data-action="copy"]');
          if (copy) expect(URL.parse(url)?.protocol, `row ${i} offers to copy ${url}`).to.equal('https:');
          if (copy) offered++;
        }
        if (provider !== 'upsun') expect(offered, 'the https: URLs are offered').to.be.greaterThan(0);
        expect(root.querySelectorAll('a')).to.have.length(0);
      });

      it('<invitation-list> details show every payload as text, and only an https: link', async () => {
        const fetcher: Fetcher = async () => json(listBody(provider));
        const { el } = await mountList(provider, fetcher, (el) => (el.pageSize = 100));
        await waitUntil(() => listOf(el).rows().length === PAYLOADS.length, 'every row shows', { timeout: 4000 });
        for (const row of listOf(el).rows()) {
          const i = Number(row.dataset.id!.slice(4));
          listOf(el).action(row.dataset.id!, 'details')!.click();
          await el.updateComplete;
          const details = el.shadowRoot!.querySelector('[part="details"]')!;
          expect(textOf(details), `row ${i}`).to.contain(norm(displayText(PAYLOADS[i])).slice(0, 12));
          const link = details.querySelector('[part="details-link"]');
          if (link) expect(URL.parse(textOf(link))?.protocol, `row ${i} shows ${textOf(link)}`).to.equal('https:');
          await checkSafe(el, 'list', `${provider} details of row ${i}`);
        }
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
        fieldsChecked += PAYLOADS.length;
      });

      it('<invitation-list> shows every payload as the error message of a failed load', async () => {
        let message = '';
        const fetcher: Fetcher = async () => json(errorBody(provider, message), 400);
        const { el } = await mountList(provider, async () => json(listBody(provider)), undefined, { hidden: true });
        await waitUntil(() => listOf(el).rows().length > 0, 'rows show');
        el.fetcher = fetcher;
        for (const payload of PAYLOADS) {
          message = payload;
          const outcome = listOf(el).outcome();
          await el.refresh();
          expect((await outcome).type).to.equal('invitation-error');
          await el.updateComplete;
          expect(textOf(listOf(el).part('error')), payload).not.to.equal('');
          await checkSafe(el, 'list', `${provider} load error ${JSON.stringify(payload)}`);
          fieldsChecked++;
        }
      });

      it('<invitation-list> shows every payload as the error message of a failed revoke, and brings the row back', async () => {
        let message = '';
        const fetcher: Fetcher = async (_input, init) =>
          !init?.method || init.method === 'GET' ? json(listBody(provider)) : json(errorBody(provider, message), 400);
        const { el, events } = await mountList(provider, fetcher, (el) => (el.pageSize = 100), { hidden: true });
        await waitUntil(() => listOf(el).rows().length === PAYLOADS.length, 'every row shows', { timeout: 4000 });
        for (const [i, payload] of PAYLOADS.entries()) {
          message = payload;
          const id = `inv_${i}`;
          const errors = events.of('invitation-error').length;
          listOf(el).action(id, 'revoke')!.click();
          await el.updateComplete;
          listOf(el).action(id, 'confirm')!.click();
          await waitUntil(() => events.of('invitation-error').length > errors, `revoke ${i} fails`);
          await el.updateComplete;
          expect(listOf(el).action(id, 'revoke'), 'the row is back').to.exist;
          expect(textOf(listOf(el).part('notice'))).not.to.equal('');
          await checkSafe(el, 'list', `${provider} revoke error ${JSON.stringify(payload)}`);
          fieldsChecked++;
        }
      });

      it('<invite-form> shows every payload as a create error, and keeps the address', async () => {
        let message = '';
        const fetcher: Fetcher = async () => json(errorBody(provider, message), 422);
        const { el } = await mountForm(provider, fetcher);
        for (const [i, payload] of PAYLOADS.entries()) {
          message = payload;
          const email = `hostile${i}@example.com`;
          await submit(el, [email]);
          expect(
            formOf(el).alertText() + textOf(el.shadowRoot!.querySelector('[part="results"]')),
            payload,
          ).not.to.equal('');
          await checkSafe(el, 'form', `${provider} create error ${JSON.stringify(payload)}`);
          fieldsChecked++;
          (el as InviteForm).reset();
          await el.updateComplete;
          await chooseRole(el, provider);
        }
      });
    });
  }

  it('<invite-form> shows role labels and descriptions from the data as text', async () => {
    const { el } = await mountForm('auth0', async () => json({}, 500));
    el.roles = PAYLOADS.map((p, i) => ({ value: `rol_${i}`, label: p, description: p }));
    await el.updateComplete;
    await checkSafe(el, 'form', 'role labels');
    // (so many roles come as the options of a multiple select)
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="roles"] label, [part~="roles"] option')].map((l) =>
      textOf(l),
    );
    expect(labels.join(' ')).to.contain(norm(displayText(PAYLOADS[2])));
    fieldsChecked += PAYLOADS.length * 2;
  });

  it('a list given hostile `roles` labels by the host renders them as text', async () => {
    const fetcher: Fetcher = async () => json(listBody('clerk'));
    const label = (payload: string) => `Label ${payload}`;
    const { el } = await mountList('clerk', fetcher, (el: InvitationList) => {
      el.pageSize = 100;
      el.roles = PAYLOADS.map((p) => ({ value: p, label: label(p) }));
    });
    await waitUntil(() => listOf(el).rows().length === PAYLOADS.length, 'every row shows', { timeout: 4000 });
    await checkSafe(el, 'list', 'host role labels');
    // …and they show: each row's roles cell reads the host's label of its role, as text (not the provider's name)
    const shown = listOf(el)
      .rows()
      .map((row) => textOf(row.querySelector('[part~="cell-roles"]')));
    expect(shown).to.deep.equal(PAYLOADS.map((p) => norm(displayText(label(p)))));
    fieldsChecked += PAYLOADS.length;
  });
});
