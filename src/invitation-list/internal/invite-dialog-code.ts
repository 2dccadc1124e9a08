import { onDemand } from '../../internal/on-demand.js';

/**
 * The Invite dialog's code (invite-dialog.ts), loaded when an `<invite-form slot="invite-form">` arrives, or by the
 * Invite press when that load failed. Apart from the element's module so that a test can make the load fail.
 */
export const inviteDialogCode = onDemand(() => import('./invite-dialog.js'));
