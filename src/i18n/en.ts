import { commonMessages } from './en-common.js';
import { formMessages } from './en-form.js';
import { listMessages } from './en-list.js';

/** The English catalogue: the reference every other locale must match key for key. */
export const en = { ...commonMessages, ...listMessages, ...formMessages };

/** A message is a string, or a function of its arguments for messages with values or plurals. */
export type Messages = typeof en;
export type MessageKey = keyof Messages;
