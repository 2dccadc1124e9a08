import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const plural = plurals('de');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** German. */
export default {
  statusPending: 'Ausstehend',
  statusProcessing: 'In Bearbeitung',
  statusAccepted: 'Angenommen',
  statusRevoked: 'Widerrufen',
  statusExpired: 'Abgelaufen',
  statusFailed: 'Fehlgeschlagen',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `Unbekannter Anbieter „${provider}“. ${names ? `Verwenden Sie ${names}, oder setzen Sie die Eigenschaft adapter.` : 'Es ist kein Adapter registriert: Rufen Sie registerAdapter() auf, oder setzen Sie die Eigenschaft adapter.'}`
      : `Es ist kein Anbieter festgelegt. Setzen Sie das Attribut provider${names ? ` (${names})` : ''} oder die Eigenschaft adapter.`,
  noEndpoint:
    'Es ist kein Endpunkt festgelegt. Setzen Sie das Attribut endpoint auf die URL der Einladungs-Collection.',
  retryIn: (seconds: number) => `Neuer Versuch in ${seconds} s…`,

  listCaption: 'Einladungen',
  listColumnEmail: 'E-Mail',
  listColumnStatus: 'Status',
  listColumnRoles: 'Rollen',
  listColumnInviter: 'Eingeladen von',
  listColumnCreated: 'Gesendet',
  listColumnExpires: 'Läuft ab',
  listColumnActions: 'Aktionen',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `${capitalize(relative)} abgelaufen`,

  listSearchLabel: 'Nach E-Mail suchen',
  listSearchPlaceholder: 'name@example.com',
  listStatusFilterLabel: 'Status',
  listSortLabel: 'Sortieren',
  listRoleFilterLabel: 'Rolle',
  listRoleAll: 'Alle Rollen',
  listSortNewest: (field: string) => `${field}, neueste zuerst`,
  listSortOldest: (field: string) => `${field}, älteste zuerst`,
  listSortAscending: (field: string) => `${field}, A–Z`,
  listSortDescending: (field: string) => `${field}, Z–A`,
  listFieldUpdated: 'Aktualisiert',
  listFieldId: 'ID',
  listFieldLink: 'Einladungslink',
  listDetails: 'Details',
  listDetailsLabel: (email: string) => `Details zu ${email}`,
  listPageSizeLabel: 'Zeilen pro Seite',

  listPagination: 'Seitennavigation',
  listPrevious: 'Zurück',
  listNext: 'Weiter',
  listPreviousPage: 'Zurück zur vorherigen Seite',
  listNextPage: 'Weiter zur nächsten Seite',
  listGoToPage: (page: string) => `Seite ${page}`,
  listRange: (from: string, to: string, total: string) => `${from}–${to} von ${total}`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to}`,
  listPage: (page: string) => `Seite ${page}`,
  listPageOf: (page: string, pages: string) => `Seite ${page} von ${pages}`,
  listLimitReached:
    'Der Anbieter listet keine weiteren Einladungen auf. Ändern Sie die Sortierung oder die Filter, um die übrigen zu sehen.',

  listLoading: 'Einladungen werden geladen…',
  listNewMark: 'Neu',
  listNewInvitations: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'neue Einladung', other: 'neue Einladungen' })} oben`,
  listLoaded: (page: string, count: number, formatted: string) =>
    `${page}, ${formatted} ${plural(count, { one: 'Einladung', other: 'Einladungen' })}`,
  listEmpty: 'Noch keine Einladungen.',
  listEmptyFiltered: 'Keine Einladungen entsprechen diesen Filtern.',
  listClearFilters: 'Filter zurücksetzen',
  listLoadFailed: 'Die Einladungen konnten nicht geladen werden.',
  listRetry: 'Erneut versuchen',
  listRetryAfter: (seconds: string) =>
    `Der Server bittet darum, ${seconds} s zu warten, bevor Sie es erneut versuchen.`,
  listDismiss: 'Schließen',
  listInvite: 'Einladen',
  listInviteTitle: 'Personen einladen',
  listClose: 'Schließen',

  listRevoke: 'Widerrufen',
  listRevokeLabel: (email: string) => `Einladung für ${email} widerrufen`,
  listConfirmRevoke: (email: string) => `Einladung für ${email} widerrufen?`,
  listConfirmShort: 'Wirklich widerrufen?',
  listConfirm: 'Widerrufen',
  listConfirmLabel: (email: string) => `Einladung für ${email} jetzt widerrufen`,
  listCancel: 'Abbrechen',
  listRevoked: (email: string) => `Die Einladung für ${email} wurde widerrufen.`,
  listRevokeFailed: (email: string, reason: string) => `Die Einladung für ${email} wurde nicht widerrufen: ${reason}`,
  listResend: 'Erneut senden',
  listResendLabel: (email: string) => `Einladung an ${email} erneut senden`,
  listResending: (email: string) => `Die Einladung wird erneut an ${email} gesendet…`,
  listResent: (email: string) => `Die Einladung wurde erneut an ${email} gesendet.`,
  listResendFailed: (email: string, reason: string) =>
    `Die Einladung an ${email} wurde nicht erneut gesendet: ${reason}`,
  listCopyLink: 'Link kopieren',
  listCopyLinkLabel: (email: string) => `Link kopieren (Einladung für ${email})`,
  listCopied: 'Kopiert',
  listCopiedLabel: (email: string) => `Link der Einladung für ${email} kopiert`,
  listCopyFailed:
    'Der Link konnte nicht kopiert werden. Ihr Browser hat den Zugriff auf die Zwischenablage nicht erlaubt.',
  listSelectColumn: 'Auswählen',
  listSelectPage: 'Alle Einladungen auf dieser Seite auswählen',
  listSelectRow: (email: string) => `Einladung für ${email} auswählen`,
  listSelected: (_count: number, formatted: string) => `${formatted} ausgewählt`,
  listClearSelection: 'Auswahl aufheben',
  listBulkRevoke: (_count: number, formatted: string) => `${formatted} widerrufen`,
  listBulkResend: (_count: number, formatted: string) => `${formatted} erneut senden`,
  listBulkConfirm: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'Einladung', other: 'Einladungen' })} widerrufen?`,
  listBulkRevoking: (current: string, total: string) => `${current} von ${total} wird widerrufen…`,
  listBulkResending: (current: string, total: string) => `${current} von ${total} wird erneut gesendet…`,
  listBulkStop: 'Anhalten',
  listBulkRowRevoking: 'Wird widerrufen…',
  listBulkRowResending: 'Wird erneut gesendet…',
  listBulkRowResent: 'Erneut gesendet',
  listBulkNotRevoked: (reason: string) => `Nicht widerrufen: ${reason}`,
  listBulkNotResent: (reason: string) => `Nicht erneut gesendet: ${reason}`,
  listBulkRevoked: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'Einladung wurde', other: 'Einladungen wurden' })} widerrufen.`,
  listBulkResent: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'Einladung wurde', other: 'Einladungen wurden' })} erneut gesendet.`,
  listBulkFailed: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'ist fehlgeschlagen und bleibt', other: 'sind fehlgeschlagen und bleiben' })} ausgewählt.`,

  formEmailsLabel: 'E-Mail-Adressen',
  formEmailsHint: 'Mehrere Adressen durch Kommas, Leerzeichen oder Zeilenumbrüche trennen.',
  formAddresses: 'Einzuladende Adressen',
  formRemoveAddress: (email: string) => `${email} entfernen`,
  formAddressInvalidMark: 'keine gültige Adresse',
  formAddressDuplicateMark: 'doppelt aufgeführt',
  formAddressDomainMark: 'Domain nicht erlaubt',
  formEmailsRequired: 'Geben Sie mindestens eine E-Mail-Adresse ein.',
  formEmailInvalid: (email: string) => `${email} ist keine gültige E-Mail-Adresse.`,
  formEmailDuplicate: (email: string) => `${email} ist doppelt aufgeführt.`,
  formEmailDomain: (email: string, domains: string) => `${email}: Einladungen gehen nur an Adressen von ${domains}.`,
  formEmailRejected: (email: string, reason: string) => `${email}: ${reason}`,
  formAlreadyInvited: 'Für diese Adresse gibt es bereits eine ausstehende Einladung.',
  formAlreadyMember: 'Diese Adresse gehört bereits zu einem Mitglied.',
  formResendInstead: 'Stattdessen erneut senden',
  formKeepPending: 'Die ausstehende behalten',
  formFixFor: (action: string, email: string) => `${action} (${email})`,
  formWillReplace: (email: string) => `${email}: ihre ausstehende Einladung wird durch diese ersetzt.`,
  formAddressReplaceMark: 'ersetzt die ausstehende Einladung',

  formRoleLabel: 'Rolle',
  formRolesLabel: 'Rollen',
  formRolePlaceholder: 'Rolle auswählen',
  formRolesFreeHint: 'Rollenschlüssel, durch Kommas getrennt.',
  formRolesManyHint: 'Mit gedrückter Strg-Taste (⌘ auf dem Mac) mehrere wählen.',
  formMoreOptions: 'Weitere Optionen',
  formRolesLoading: 'Rollen werden geladen…',
  formRolesFailed: (reason: string) => `Die Rollen konnten nicht geladen werden: ${reason}`,
  formRolesRetry: 'Rollen erneut laden',
  formRolesMin: (min: number) =>
    plural(min, { one: 'Wählen Sie eine Rolle aus.', other: `Wählen Sie mindestens ${min} Rollen aus.` }),
  formRolesMax: (max: number) =>
    plural(max, { one: 'Wählen Sie nur eine Rolle aus.', other: `Wählen Sie höchstens ${max} Rollen aus.` }),

  formExpiryLegend: 'Gültig für',
  formExpiryDays: 'Tage',
  formExpiryHours: 'Stunden',
  formExpiryPresetDays: (n: number) => plural(n, { one: `${n} Tag`, other: `${n} Tage` }),
  formExpiryPresetHours: (n: number) => plural(n, { one: `${n} Stunde`, other: `${n} Stunden` }),
  formExpiryRangeDays: (min: number, max: number) =>
    `Geben Sie eine ganze Zahl von Tagen zwischen ${min} und ${max} ein.`,
  formExpiryRangeHours: (min: number, max: number) =>
    `Geben Sie eine ganze Zahl von Stunden zwischen ${min} und ${max} ein.`,
  formExpiresOn: (date: string) => `Läuft am ${date} ab.`,

  formSendEmail: 'Einladungs-E-Mail senden',
  formSendEmailHint: 'Deaktivieren, um die Einladung ohne E-Mail anzulegen; den Link teilen Sie dann selbst.',
  formForce: 'Erneut senden, falls bereits eingeladen',
  formForceHint: 'Ersetzt eine ausstehende Einladung an dieselbe Adresse.',
  formForceSuggest:
    'Für einige Adressen gibt es bereits eine ausstehende Einladung. Aktivieren Sie „Erneut senden, falls bereits eingeladen“, um sie zu ersetzen.',

  formSubmit: (count: number) => (count > 1 ? `${count} Einladungen senden` : 'Einladung senden'),
  formStop: 'Senden abbrechen',
  formSending: (done: number, total: number) => `Einladung ${done + 1} von ${total} wird gesendet…`,
  formRateLimited: 'Der Server bittet darum, langsamer zu senden; es geht gleich weiter.',
  formResumeIn: (seconds: number) => `Der Versand geht in ${seconds} s weiter…`,

  formSentOne: (email: string) => `Einladung an ${email} gesendet`,
  formSentMany: (count: number) => `${count} Einladungen gesendet`,
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? plural(total, {
          one: 'Die Einladung konnte nicht gesendet werden.',
          other: 'Keine der Einladungen konnte gesendet werden.',
        })
      : plural(failed, {
          one: `${failed} von ${total} Einladungen konnte nicht gesendet werden.`,
          other: `${failed} von ${total} Einladungen konnten nicht gesendet werden.`,
        })) + ' Die nicht gesendeten Adressen stehen noch im Feld.',
  formStopped: 'Senden abgebrochen. Die nicht gesendeten Adressen stehen noch im Feld.',
  formResults: 'Ergebnisse',
  formResultSent: 'gesendet',
  formResultFailed: (reason: string) => `nicht gesendet: ${reason}`,
  formResultSkipped: 'nicht gesendet (das Senden wurde vorher abgebrochen)',
  formImport: 'CSV importieren',
  formDropFile: 'Datei hier ablegen, um ihre Zeilen zu importieren',
  formImportLoadFailed: (reason: string) => `Der Import konnte nicht geladen werden: ${reason}`,
  formImportCaption: (name: string) => `Zeilen aus ${name}`,
  formImportPasted: 'Eingefügte Zeilen',
  formImportSummary: (ready: number, problems: number) =>
    `${plural(ready + problems, { one: '1 Zeile', other: `${ready + problems} Zeilen` })}: ${ready} bereit, ${problems} mit Problemen.`,
  formImportNotSent: 'Zeilen mit Problemen werden nicht gesendet.',
  formImportResult: (sent: number, left: number) =>
    `${plural(sent, { one: '1 Einladung', other: `${sent} Einladungen` })} gesendet; ${plural(left, { one: '1 Zeile', other: `${left} Zeilen` })} nicht gesendet, unten aufgeführt.`,
  formImportColumnRow: 'Zeile',
  formImportColumnEmail: 'E-Mail',
  formImportColumnRole: 'Rolle',
  formImportColumnStatus: 'Status',
  formImportColumnActions: 'Aktionen',
  formImportReady: 'Bereit',
  formImportChecking: 'Wird geprüft…',
  formImportRowEmpty: 'Keine Adresse',
  formImportRowInvalid: 'Keine gültige Adresse',
  formImportRowDomain: (domains: string) => `Einladungen gehen nur an Adressen von ${domains}`,
  formImportRowDuplicate: (line: number) => `Bereits in Zeile ${line} aufgeführt`,
  formImportRowInField: 'Steht bereits im Adressfeld',
  formImportRowRoleUnknown: (role: string) => `Unbekannte Rolle: ${role}`,
  formImportRemoveRow: (line: number, email: string) => `Zeile ${line} entfernen${email ? ` (${email})` : ''}`,
  formImportRoleFor: (line: number) => `Rolle für Zeile ${line}`,
  formImportCancel: 'Abbrechen',
  formImportClose: 'Schließen',
  formImportDownload: 'Nicht gesendete Zeilen herunterladen (CSV)',
  formImportEmpty: 'Diese Datei enthält keine Zeilen zum Importieren.',
  formImportBinary: 'Das ist keine CSV- oder Textdatei.',
  formImportTooLarge: (megabytes: number) => `Diese Datei ist größer als ${megabytes} MB.`,
  formImportTooMany: (count: number, max: number) =>
    `Diese Datei hat ${count} Zeilen; importieren Sie höchstens ${max} auf einmal.`,
  formImportUnreadable: (reason: string) => `Die Datei konnte nicht gelesen werden: ${reason}`,
  formCheckAttribute: (message: string, attribute: string) => `${message} Prüfen Sie das Attribut ${attribute}.`,
  formMissingFields: (attributes: string, count: number) =>
    `Dieser Anbieter braucht einen Wert für ${plural(count, { one: 'das Attribut', other: 'die Attribute' })} ${attributes} von <invite-form>.`,
} satisfies Messages;
