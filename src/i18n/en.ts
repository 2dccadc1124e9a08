import { commonMessages } from './en-common.js';
import { csvMessages } from './en-csv.js';
import { formMessages } from './en-form.js';
import { formProblemMessages } from './en-form-problems.js';
import { formResultMessages } from './en-form-results.js';
import { listMessages } from './en-list.js';
import { listActionMessages } from './en-list-actions.js';
import { listBulkMessages } from './en-list-bulk.js';

/** The English catalogue: the reference every other locale must match key for key. */
export const en = {
  ...commonMessages,
  ...listMessages,
  ...listActionMessages,
  ...listBulkMessages,
  ...formMessages,
  ...formProblemMessages,
  ...formResultMessages,
  ...csvMessages,
};

/**
 * A complete catalogue: every key of the English one, each a string or a function of the same arguments. A locale
 * file is `export default { … } satisfies Messages`: a missing key, a key of the wrong type or an extra key (the
 * excess-property check of `satisfies` on an object literal) fails the type check (test/i18n/catalogue.types.ts).
 */
export type Messages = typeof en;
export type MessageKey = keyof Messages;
