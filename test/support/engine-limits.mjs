// @ts-check
// What this machine's test tooling cannot do in some engines, and why — in one place. Suites and tests that need it
// are only declared where it exists (not skipped: not there); everything else runs in Chromium, Firefox and WebKit
// alike (`npm test -- --engines=all`). Read by web-test-runner.config.mjs (whole suites) and test/support/engines.ts
// (capabilities inside a suite).

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */

/** Whole suites that run in Chromium only (globs), and why. */
export const CHROMIUM_ONLY_SUITES = {
  'test/node/**/*.test.ts':
    'they test the package in Node (server commands build it and import every entry in plain node): the browser only ' +
    'carries the assertions, and three engines would build and import it three times',
};

/** Capabilities of the tooling in some engines only, and why. */
export const TOOLING = {
  mediaEmulation: {
    engines: /** @type {Engine[]} */ (['chromium']),
    why:
      'emulating prefers-color-scheme, prefers-reduced-motion and forced-colors needs the DevTools protocol ' +
      "(Playwright's emulateMedia on Chromium); WebDriver BiDi (Firefox 153) and WebKitGTK's WebDriver have no " +
      'command for it, so the dark scheme, reduced motion and forced colours are checked in Chromium only',
  },
  narrowViewport: {
    engines: /** @type {Engine[]} */ (['chromium', 'firefox']),
    why:
      "WebKitGTK's MiniBrowser (the only WebKit WebDriver can drive here) keeps its window at least 447 px wide, so " +
      'the stories set in a 320 px viewport are checked in Chromium and Firefox; both elements in a 320 px wide ' +
      'container are checked in every engine (test/invitation-list/states, test/invite-form/invite-form)',
  },
  syntheticPasteData: {
    engines: /** @type {Engine[]} */ (['chromium', 'webkit']),
    why:
      'Firefox keeps the data of a synthetic paste event (a ClipboardEvent made by the test) unreadable, so a pasted ' +
      'table reaches the form only as the text a browser inserts into the single-line input, its line breaks gone ' +
      "(the harness's paste falls back to that); opening the import preview from a paste is checked in Chromium and " +
      'WebKit, where the test can hand the event its data as a real paste does',
  },
  scopedRegistries: {
    engines: /** @type {Engine[]} */ (['chromium']),
    why:
      '`new CustomElementRegistry()` (scoped registries) exists in Chromium only; in Firefox and WebKit a renamed tag ' +
      'is checked in the global registry instead',
  },
};
