/**
 * Catalogues load on demand: a page in English fetches none, a page that shows German fetches German alone (once),
 * the elements re-render when it arrives, `loadLocale()` preloads, a failed import leaves English, and a host's own
 * complete catalogue is never replaced by a fetch. (This file runs in a page of its own: nothing loaded before.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { loadLocale, registerLocale } from '../../src/internal/localize.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { BUILTIN_LOCALES } from '../../src/i18n/builtin.js';
import { en, type Messages } from '../../src/i18n/en.js';
import { fakeAdapter as fakeListAdapter, renderList, withAdapter, listOf, textOf } from '../invitation-list/helpers.js';
import { fakeAdapter as fakeFormAdapter, formOf } from '../invite-form/helpers.js';

/** The catalogue modules this page fetched, by file name (`de`, `pt-BR`, …). */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/i18n\/locales\/([\w-]+)\.[jt]s/.exec(e.name)?.[1])
    .filter((name): name is string => !!name);

const list = (lang?: string) =>
  renderList((el) => {
    withAdapter(fakeListAdapter())(el);
    if (lang) el.setAttribute('lang', lang);
  });

const form = async (lang?: string) => {
  const el = await fixture<InviteForm>(html`<invite-form endpoint="https://api.test/inv"></invite-form>`);
  if (lang) el.setAttribute('lang', lang);
  el.adapter = fakeFormAdapter();
  await el.updateComplete;
  return el;
};

describe('on-demand locales', () => {
  it('an English page fetches no catalogue', async () => {
    expect(document.documentElement.lang || 'en').to.match(/^en/);
    const { el } = await list();
    const f = await form();
    expect(textOf(listOf(el).part('caption'))).to.equal('Invitations');
    expect(textOf(formOf(f).submitButton())).to.equal('Send invitation');
    expect(fetched()).to.deep.equal([]);
  });

  it('fetches the language an element shows, once, and re-renders in it', async () => {
    const { el } = await list();
    el.setAttribute('lang', 'de');
    await el.updateComplete; // waits for the catalogue and the render that shows it
    expect(textOf(listOf(el).part('caption'))).to.equal('Einladungen');
    const f = await form('de-AT');
    expect(textOf(formOf(f).submitButton())).to.equal('Einladung senden');
    expect(fetched()).to.deep.equal(['de']);
  });

  it('preloads with loadLocale(), so the first render is already in that language', async () => {
    await loadLocale('it');
    expect(fetched()).to.include('it');
    const el = document.createElement('invitation-list');
    el.setAttribute('lang', 'it');
    withAdapter(fakeListAdapter())(el);
    const captions: string[] = [];
    el.addController({ hostUpdated: () => captions.push(textOf(listOf(el).part('caption'))) });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    // Its very first render (the skeleton) is Italian already.
    expect(captions[0]).to.equal('Inviti Caricamento degli inviti…');
  });

  it('keeps English when a catalogue fails to load, and still settles', async () => {
    const original = BUILTIN_LOCALES.nl;
    const warn = console.warn;
    const warnings: unknown[] = [];
    BUILTIN_LOCALES.nl = () => Promise.reject(new Error('offline'));
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const { el } = await list('nl');
      await el.updateComplete;
      expect(textOf(listOf(el).part('caption'))).to.equal('Invitations');
      expect(String(warnings[0])).to.contain('nl');
    } finally {
      BUILTIN_LOCALES.nl = original;
      console.warn = warn;
    }
  });

  it('fetches nothing for a language whose complete catalogue the host registered', async () => {
    const own: Messages = { ...en, listCaption: 'Invitaciones (propias)' };
    registerLocale('es', own);
    const { el } = await list('es');
    expect(textOf(listOf(el).part('caption'))).to.equal('Invitaciones (propias)');
    expect(fetched()).not.to.include('es');
  });
});
