/** Messages of <invite-form>. Every key starts with `form`. */

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const formMessages = {
  formEmailsLabel: 'Email addresses',
  formEmailsHint: 'Separate several addresses with commas, spaces or new lines.',
  formAddresses: 'Addresses to invite',
  formRemoveAddress: (email: string) => `Remove ${email}`,
  formAddressInvalidMark: 'not a valid address',
  formAddressDuplicateMark: 'listed twice',
  formAddressDomainMark: 'not an allowed domain',
  formAlreadyInvited: 'This address already has a pending invitation.',
  formAlreadyMember: 'This address already belongs to a member.',
  formAddressReplaceMark: 'replaces its pending invitation',

  formRoleLabel: 'Role',
  formRolesLabel: 'Roles',
  formRolePlaceholder: 'Choose a role',
  formRolesFreeHint: 'Role keys, separated by commas.',
  formRolesManyHint: 'Hold Ctrl (⌘ on a Mac) to choose several.',
  formMoreOptions: 'More options',
  formRolesLoading: 'Loading roles…',
  formRolesFailed: (reason: string) => `The roles could not be loaded: ${reason}`,
  formRolesRetry: 'Load the roles again',
  formRolesMin: (min: number) => (min === 1 ? 'Choose a role.' : `Choose at least ${min} roles.`),
  formRolesMax: (max: number) => (max === 1 ? 'Choose only one role.' : `Choose at most ${max} roles.`),

  formExpiryLegend: 'Expires after',
  formExpiryDays: 'Days',
  formExpiryHours: 'Hours',
  formExpiryPresetDays: (n: number) => plural(n, '1 day', `${n} days`),
  formExpiryPresetHours: (n: number) => plural(n, '1 hour', `${n} hours`),
  formExpiryRangeDays: (min: number, max: number) => `Enter a whole number of days from ${min} to ${max}.`,
  formExpiryRangeHours: (min: number, max: number) => `Enter a whole number of hours from ${min} to ${max}.`,
  formExpiresOn: (date: string) => `Expires on ${date}.`,

  formSendEmail: 'Send the invitation email',
  formSendEmailHint: 'Untick to create the invitation without an email; share its link yourself.',
  formForce: 'Resend if already invited',
  formForceHint: 'Replaces a pending invitation to the same address.',
  formForceSuggest: 'Some addresses already have a pending invitation. Tick “Resend if already invited” to replace it.',

  formSubmit: (count: number) => (count > 1 ? `Send ${count} invitations` : 'Send invitation'),

  // (also an import's row when the sending code did not load: then en-form-results.ts is not there)
  formResultFailed: (reason: string) => `not sent: ${reason}`,
  formImport: 'Import CSV',
  formImportLoadFailed: (reason: string) => `The import could not be loaded: ${reason}`,
  formMissingFields: (attributes: string, count: number) =>
    `This provider needs a value for the ${attributes} ${plural(count, 'attribute', 'attributes')} of <invite-form>.`,
};
