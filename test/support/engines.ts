/**
 * The engine a test file runs in, and — in one place — what this machine's test tooling cannot do in some engines,
 * with the reason. Tests that need such a capability are only declared where it exists (they are not skipped: they
 * are not there). Everything else runs in Chromium, Firefox and WebKit alike (`npm test -- --engines=all`).
 */
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

/** What the tooling does only in some engines here, and why. */
export const TOOLING = {
  mediaEmulation: {
    engines: ['chromium'] as Engine[],
    why:
      'emulating prefers-color-scheme, prefers-reduced-motion and forced-colors needs the DevTools protocol ' +
      "(Playwright's emulateMedia on Chromium); WebDriver BiDi (Firefox 153) and WebKitGTK's WebDriver have no " +
      'command for it, so the dark scheme, reduced motion and forced colours are checked in Chromium only',
  },
  narrowViewport: {
    engines: ['chromium', 'firefox'] as Engine[],
    why:
      "WebKitGTK's MiniBrowser (the only WebKit WebDriver can drive here) keeps its window at least 447 px wide, so " +
      'the stories set in a 320 px viewport are checked in Chromium and Firefox; both elements in a 320 px wide ' +
      'container are checked in every engine (test/invitation-list/states, test/invite-form/invite-form)',
  },
  scopedRegistries: {
    engines: ['chromium'] as Engine[],
    why:
      '`new CustomElementRegistry()` (scoped registries) exists in Chromium only; in Firefox and WebKit a renamed tag ' +
      'is checked in the global registry instead',
  },
} as const;

/** Whether this engine's tooling can do `what` (see TOOLING for why not). */
export const can = (what: keyof typeof TOOLING) => TOOLING[what].engines.includes(engine);

/**
 * Resizes the page's viewport in every engine: Playwright's and puppeteer's own command, and WebKit's window resized
 * over WebDriver until its inner size is the one asked for (the `engine-viewport` command of the test config).
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('engine-viewport', size);
}

type Media = Parameters<typeof emulateMedia>[0];
const DEFAULTS: Media = { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' };

/**
 * Emulates media features where the tooling can (Chromium). Elsewhere asking for the defaults (light, no reduced
 * motion, no forced colours: what those engines run with) is a no-op, and anything else a clear error.
 */
export async function setMedia(media: Media): Promise<void> {
  if (can('mediaEmulation')) return void (await emulateMedia(media));
  const asked = Object.entries(media) as [keyof Media, unknown][];
  const other = asked.filter(([key, value]) => DEFAULTS[key] !== value);
  if (other.length) throw new Error(`${engine} cannot emulate ${JSON.stringify(Object.fromEntries(other))} here`);
}

/** Presses a key, or a chord (`Shift+Tab`: the modifiers held while the last key is pressed) in every engine. */
export async function press(keys: string): Promise<void> {
  const parts = keys.split('+');
  if (parts.length === 1) return void (await sendKeys({ press: keys }));
  await executeServerCommand('engine-chord', { keys: parts });
}

/**
 * Types text in every engine. WebKit's driver (webdriverio's `keys`) keeps a typed space held down to the end of the
 * call, so a second space in one call is lost: there each space goes as a key press of its own.
 */
export async function typeText(text: string): Promise<void> {
  if (engine !== 'webkit') return void (await sendKeys({ type: text }));
  for (const [i, part] of text.split(' ').entries()) {
    if (i > 0) await sendKeys({ press: ' ' });
    if (part) await sendKeys({ type: part });
  }
}
