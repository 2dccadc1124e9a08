/**
 * Messages of what <invite-form>'s email field says about its addresses (internal/email-problems.ts): apart from
 * en-form.ts because that code comes with the sending code, when focus first enters the form, and the form adds them
 * to its English then. Keys start with `form`, like the form's others.
 */
export const formProblemMessages = {
  formEmailsRequired: 'Enter at least one email address.',
  formEmailInvalid: (email: string) => `${email} is not a valid email address.`,
  formEmailDuplicate: (email: string) => `${email} is listed twice.`,
  formEmailDomain: (email: string, domains: string) => `${email}: invitations go to ${domains} addresses only.`,
  formEmailRejected: (email: string, reason: string) => `${email}: ${reason}`,
  formResendInstead: 'Resend instead',
  formKeepPending: 'Keep the pending one',
  formFixFor: (action: string, email: string) => `${action} (${email})`,
  formWillReplace: (email: string) => `${email}: its pending invitation will be replaced by this one.`,
};
