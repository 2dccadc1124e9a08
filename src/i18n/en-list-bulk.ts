/**
 * Messages of "select many" on <invitation-list> (`selectable`): apart from en-list.ts because only the part of the
 * list that loads on demand shows them (internal/bulk.ts adds them to the list's English when it arrives). Keys start
 * with `list`, like the list's others.
 */

const plural = new Intl.PluralRules('en');
const invitations = (count: number, formatted: string) =>
  `${formatted} ${plural.select(count) === 'one' ? 'invitation' : 'invitations'}`;

export const listBulkMessages = {
  listSelectColumn: 'Select',
  listSelectPage: 'Select every invitation on this page',
  listSelectRow: (email: string) => `Select the invitation for ${email}`,
  listSelected: (count: number, formatted: string) => `${formatted} selected`,
  listClearSelection: 'Clear selection',
  listBulkRevoke: (count: number, formatted: string) => `Revoke ${formatted}`,
  listBulkResend: (count: number, formatted: string) => `Resend ${formatted}`,
  listBulkConfirm: (count: number, formatted: string) => `Revoke ${invitations(count, formatted)}?`,
  listBulkRevoking: (current: string, total: string) => `Revoking ${current} of ${total}…`,
  listBulkResending: (current: string, total: string) => `Sending ${current} of ${total} again…`,
  listBulkStop: 'Stop',
  listBulkRowRevoking: 'Revoking…',
  listBulkRowResending: 'Sending again…',
  listBulkRowResent: 'Sent again',
  listBulkNotRevoked: (reason: string) => `Not revoked: ${reason}`,
  listBulkNotResent: (reason: string) => `Not sent again: ${reason}`,
  listBulkRevoked: (count: number, formatted: string) => `${invitations(count, formatted)} revoked.`,
  listBulkResent: (count: number, formatted: string) => `${invitations(count, formatted)} sent again.`,
  listBulkFailed: (count: number, formatted: string) =>
    plural.select(count) === 'one'
      ? `${formatted} failed and stays selected.`
      : `${formatted} failed and stay selected.`,
};
