/**
 * Messages of `<invite-form>`'s CSV import preview. They load with the import (src/invite-form/internal/csv-import.ts),
 * not with the form: a form that never imports does not download them. Every key starts with `formImport`.
 */

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const csvMessages = {
  formDropFile: 'Drop the file to import its rows',
  formImportCaption: (name: string) => `Rows of ${name}`,
  formImportPasted: 'Pasted rows',
  formImportSummary: (ready: number, problems: number) =>
    `${plural(ready + problems, '1 row', `${ready + problems} rows`)}: ${ready} ready, ${problems} with problems.`,
  formImportNotSent: 'Rows with problems are not sent.',
  formImportResult: (sent: number, left: number) =>
    `${plural(sent, '1 invitation sent', `${sent} invitations sent`)}; ${plural(left, '1 row not sent', `${left} rows not sent`)}, listed below.`,
  formImportColumnRow: 'Row',
  formImportColumnEmail: 'Email',
  formImportColumnRole: 'Role',
  formImportColumnStatus: 'Status',
  formImportColumnActions: 'Actions',
  formImportReady: 'Ready',
  formImportChecking: 'Checking…',
  formImportRowEmpty: 'No address',
  formImportRowInvalid: 'Not a valid address',
  formImportRowDomain: (domains: string) => `Invitations go to ${domains} addresses only`,
  formImportRowDuplicate: (line: number) => `Listed before, on row ${line}`,
  formImportRowInField: 'Already in the address field',
  formImportRowRoleUnknown: (role: string) => `Unknown role: ${role}`,
  formImportRemoveRow: (line: number, email: string) => `Remove row ${line}${email ? ` (${email})` : ''}`,
  formImportRoleFor: (line: number) => `Role for row ${line}`,
  formImportCancel: 'Cancel',
  formImportClose: 'Close',
  formImportDownload: 'Download the rows not sent (CSV)',
  formImportEmpty: 'This file has no rows to import.',
  formImportBinary: 'This is not a CSV or text file.',
  formImportTooLarge: (megabytes: number) => `This file is larger than ${megabytes} MB.`,
  formImportTooMany: (count: number, max: number) => `This file has ${count} rows; import at most ${max} at a time.`,
  formImportUnreadable: (reason: string) => `The file could not be read: ${reason}`,
};
