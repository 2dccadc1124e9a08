/**
 * Type tests of the message catalogue: `tsc --noEmit` checks this file (nothing runs it). A locale file is
 * `export default { … } satisfies Messages`; each `@ts-expect-error` below marks a catalogue that must NOT
 * type-check, and the directive itself fails the type check ("Unused '@ts-expect-error' directive") the day such a
 * catalogue passes. One mistake per object: TypeScript reports an extra key only once the rest is assignable.
 */
import type { Messages } from '../../src/i18n/en.js';
import de from '../../src/i18n/locales/de.js';

const { listCaption: _left, ...withoutCaption } = de;

/** A complete catalogue passes. */
export const complete = { ...de } satisfies Messages;

/** A key fewer: "Property 'listCaption' is missing". */
// @ts-expect-error a missing key
export const missingKey = { ...withoutCaption } satisfies Messages;

export const extraKey = {
  ...de,
  // @ts-expect-error an extra key — here a typo of listCaption ("Object literal may only specify known properties")
  listCaptoin: 'Einladungen',
} satisfies Messages;

export const functionForText = {
  ...de,
  // @ts-expect-error a function where English has a plain text
  listCaption: () => 'Einladungen',
} satisfies Messages;

export const textForFunction = {
  ...de,
  // @ts-expect-error a plain text where English takes arguments
  listRevokeLabel: 'Einladung widerrufen',
} satisfies Messages;

export const wrongArgument = {
  ...de,
  // @ts-expect-error an argument of another type than in English (the email is a string)
  formRemoveAddress: (email: number) => `${email} entfernen`,
} satisfies Messages;

export const notAString = {
  ...de,
  // @ts-expect-error a message that does not give a string
  formSubmit: (count: number) => count,
} satisfies Messages;
