/**
 * Which language and direction an element takes, and which message wins: `lang` on the element, else the nearest
 * ancestor's (across shadow roots), else `<html lang>`; `dir` likewise, else the language's own direction; a host's
 * `messages` property over its registered catalogue over the built-in one over English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { directionOf, registerLocale } from '../../src/internal/localize.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { fakeAdapter, invitation, withAdapter, listOf, textOf } from '../invitation-list/helpers.js';

const DAY = 86400000;

/** A list (with its first page loaded) appended to `parent`. */
async function listIn(parent: Element | ShadowRoot, setup: (el: InvitationList) => void = () => undefined) {
  const el = document.createElement('invitation-list');
  withAdapter(fakeAdapter({ items: [invitation(1, { createdAt: new Date(Date.now() - 3 * DAY) })] }))(el);
  setup(el);
  const loaded = new Promise((resolve) => el.addEventListener('invitation-loaded', resolve, { once: true }));
  parent.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** Lets a `lang`/`dir` change on another element reach the list (a MutationObserver), then its render. */
async function changed(el: InvitationList) {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

const caption = (el: InvitationList) => textOf(listOf(el).part('caption'));
const direction = (el: InvitationList) => getComputedStyle(listOf(el).part('table')!).direction;

describe('language resolution', () => {
  it('follows lang on an intermediate ancestor, and a change of it', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><section lang="de"></section></div>`);
    const section = outer.querySelector('section')!;
    const el = await listIn(section);
    expect(caption(el)).to.equal('Einladungen');
    section.lang = 'fr';
    await changed(el);
    expect(caption(el)).to.equal('Invitations');
    expect(textOf(listOf(el).part('header-email'))).to.equal('E-mail');
    section.removeAttribute('lang');
    await changed(el);
    expect(textOf(listOf(el).part('header-email'))).to.equal('Email');
  });

  it('crosses shadow roots: an element inside a component takes the language of the component host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ja"></div>`);
    const el = await listIn(host.attachShadow({ mode: 'open' }));
    expect(caption(el)).to.equal('招待');
  });

  it('prefers its own lang, and falls back to the ancestor when it is removed', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const el = await listIn(outer, (el) => el.setAttribute('lang', 'it'));
    expect(caption(el)).to.equal('Inviti');
    el.removeAttribute('lang');
    await changed(el);
    expect(caption(el)).to.equal('Invitaciones');
  });

  it('uses a region-less or near catalogue for a regional tag, and Intl for the region', async () => {
    const el = await listIn(await fixture(html`<div></div>`), (el) => el.setAttribute('lang', 'pt-PT'));
    expect(caption(el)).to.equal('Convites');
    el.setAttribute('lang', 'zh-TW'); // no Traditional Chinese catalogue: English texts, Chinese dates
    await changed(el);
    expect(caption(el)).to.equal('Invitations');
    const relative = new Intl.RelativeTimeFormat('zh-TW', { numeric: 'auto' }).format(-3, 'day');
    expect(textOf(el.shadowRoot!.querySelector('[part~="cell-created"] time')).startsWith(relative)).to.be.true;
  });
});

describe('message precedence', () => {
  it('puts a registered locale over the built-in one, and the built-in one under it for the keys it lacks', async () => {
    registerLocale('nl', { listCaption: 'Openstaande uitnodigingen' });
    const el = await listIn(await fixture(html`<div lang="nl"></div>`));
    expect(caption(el)).to.equal('Openstaande uitnodigingen');
    expect(textOf(listOf(el).part('header-email'))).to.equal('E-mail');
    expect(textOf(listOf(el).part('header-status'))).to.equal('Status');
    expect(textOf(listOf(el).action('inv_1', 'revoke'))).to.equal('Intrekken');
  });

  it('puts the messages property over everything, functions with their arguments included', async () => {
    const el = await listIn(await fixture(html`<div lang="de"></div>`), (el) => {
      el.messages = { listCaption: 'Team-Einladungen', listRevokeLabel: (email) => `${email} ausladen` };
    });
    expect(caption(el)).to.equal('Team-Einladungen');
    expect(textOf(listOf(el).part('header-email'))).to.equal('E-Mail');
    expect(listOf(el).action('inv_1', 'revoke')!.getAttribute('aria-label')).to.equal('person1@example.com ausladen');
    el.messages = {};
    await el.updateComplete;
    expect(caption(el)).to.equal('Einladungen');
  });
});

describe('direction', () => {
  it('is right to left for lang="ar" with no dir around, and a dir="ltr" around wins', async () => {
    const el = await listIn(await fixture(html`<div></div>`), (el) => el.setAttribute('lang', 'ar'));
    expect(el.matches(':state(rtl)')).to.be.true;
    expect(direction(el)).to.equal('rtl');
    const ltr = await fixture<HTMLDivElement>(html`<div dir="ltr"></div>`);
    ltr.append(el);
    await changed(el);
    expect(el.matches(':state(rtl)')).to.be.false;
    expect(direction(el)).to.equal('ltr');
    expect(caption(el)).to.equal('الدعوات');
  });

  it('follows dir on an ancestor for any language, and a change of it', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = await listIn(outer);
    expect(direction(el)).to.equal('rtl');
    expect(el.matches(':state(rtl)')).to.be.true;
    outer.dir = 'ltr';
    await changed(el);
    expect(direction(el)).to.equal('ltr');
    expect(el.matches(':state(rtl)')).to.be.false;
    expect(listOf(el).rows()).to.have.length(1);
  });

  it('knows the right-to-left languages and scripts', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'ps', 'yi', 'az-Arab', 'pa-Arab-PK']) {
      expect(directionOf(tag), tag).to.equal('rtl');
    }
    for (const tag of ['en', 'de', 'ja', 'zh-CN', 'ar-Latn', 'arn', 'hea']) {
      expect(directionOf(tag), tag).to.equal('ltr');
    }
  });
});
