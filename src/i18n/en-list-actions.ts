/**
 * Messages of what <invitation-list>'s row actions do once pressed (the revoke's confirmation too), and of the details of an invitation: apart from
 * en-list.ts because only the code that loads on demand shows them (internal/row-actions-run.ts; the row actions add
 * them to the list's English when it arrives). Keys start with `list`, like the list's others.
 */
export const listActionMessages = {
  listConfirmRevoke: (email: string) => `Revoke the invitation for ${email}?`,
  listConfirmShort: 'Really revoke?',
  listConfirm: 'Revoke',
  listConfirmLabel: (email: string) => `Revoke invitation for ${email} now`,
  listFieldId: 'ID',
  listFieldLink: 'Invitation link',
  listRevoked: (email: string) => `Invitation for ${email} revoked.`,
  listRevokeFailed: (email: string, reason: string) => `The invitation for ${email} was not revoked: ${reason}`,
  listResending: (email: string) => `Sending the invitation to ${email} again…`,
  listResent: (email: string) => `Invitation sent again to ${email}.`,
  listResendFailed: (email: string, reason: string) => `The invitation to ${email} was not sent again: ${reason}`,
  listCopyFailed: 'The link could not be copied. Your browser did not allow access to the clipboard.',
};
