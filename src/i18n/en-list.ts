/**
 * Messages of <invitation-list>. Every key starts with `list` so it cannot clash with en-common.ts or the form's
 * keys. Values that are numbers arrive already formatted for the language (`localize.number()`), except counts
 * that pick a plural form.
 */

const plural = new Intl.PluralRules('en');
const invitations = (count: number, formatted: string) =>
  `${formatted} ${plural.select(count) === 'one' ? 'invitation' : 'invitations'}`;

export const listMessages = {
  listCaption: 'Invitations',
  listColumnEmail: 'Email',
  listColumnStatus: 'Status',
  listColumnRoles: 'Roles',
  listColumnInviter: 'Invited by',
  listColumnCreated: 'Sent',
  listColumnExpires: 'Expires',
  listColumnActions: 'Actions',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `Expired ${relative}`,

  listSearchLabel: 'Search by email',
  listSearchPlaceholder: 'name@example.com',
  listStatusFilterLabel: 'Status',
  listSortLabel: 'Sort',
  listRoleFilterLabel: 'Role',
  listRoleAll: 'All roles',
  listSortNewest: (field: string) => `${field}, newest first`,
  listSortOldest: (field: string) => `${field}, oldest first`,
  listSortAscending: (field: string) => `${field}, A–Z`,
  listSortDescending: (field: string) => `${field}, Z–A`,
  listFieldUpdated: 'Updated',
  listDetails: 'Details',
  listDetailsLabel: (email: string) => `Details of ${email}`,
  listPageSizeLabel: 'Rows per page',

  listPagination: 'Pagination',
  listPrevious: 'Previous',
  listNext: 'Next',
  listPreviousPage: 'Previous page',
  listNextPage: 'Next page',
  listGoToPage: (page: string) => `Page ${page}`,
  listRange: (from: string, to: string, total: string) => `${from}–${to} of ${total}`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to}`,
  listPage: (page: string) => `Page ${page}`,
  listPageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  listLimitReached:
    'The provider lists no further invitations. Change the sort order or the filters to reach the others.',

  listLoading: 'Loading invitations…',
  listNewMark: 'New',
  listNewInvitations: (count: number, formatted: string) =>
    `${formatted} new ${plural.select(count) === 'one' ? 'invitation' : 'invitations'} at the top`,
  listLoaded: (page: string, count: number, formatted: string) => `${page}, ${invitations(count, formatted)}`,
  listEmpty: 'No invitations yet.',
  listEmptyFiltered: 'No invitations match these filters.',
  listClearFilters: 'Clear filters',
  listLoadFailed: 'The invitations could not be loaded.',
  listRetry: 'Retry',
  listRetryAfter: (seconds: string) => `The server asks to wait ${seconds} s before trying again.`,
  listDismiss: 'Dismiss',
  listInvite: 'Invite',
  listInviteTitle: 'Invite people',
  listClose: 'Close',

  listRevoke: 'Revoke',
  listRevokeLabel: (email: string) => `Revoke invitation for ${email}`,
  listCancel: 'Cancel',
  listResend: 'Resend',
  listResendLabel: (email: string) => `Resend invitation to ${email}`,
  listCopyLink: 'Copy link',
  listCopyLinkLabel: (email: string) => `Copy link of the invitation for ${email}`,
  listCopied: 'Copied',
  listCopiedLabel: (email: string) => `Copied link of the invitation for ${email}`,
};
