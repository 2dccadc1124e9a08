/**
 * The engine a test file runs in, whether its tooling can do something (what it cannot, and why, is in
 * engine-limits.mjs), and commands that work the same in every engine.
 */
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { TOOLING, type Engine } from './engine-limits.mjs';

export { TOOLING, type Engine };

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

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
