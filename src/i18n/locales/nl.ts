import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const plural = plurals('nl');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Dutch. */
export default {
  statusPending: 'In afwachting',
  statusProcessing: 'In behandeling',
  statusAccepted: 'Geaccepteerd',
  statusRevoked: 'Ingetrokken',
  statusExpired: 'Verlopen',
  statusFailed: 'Mislukt',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `Onbekende provider ‘${provider}’. ${names ? `Gebruik ${names}, of stel de eigenschap adapter in.` : 'Er is geen adapter geregistreerd: roep registerAdapter() aan, of stel de eigenschap adapter in.'}`
      : `Er is geen provider ingesteld. Stel het attribuut provider${names ? ` (${names})` : ''} of de eigenschap adapter in.`,
  noEndpoint:
    'Er is geen endpoint ingesteld. Stel het attribuut endpoint in op de URL van de verzameling uitnodigingen.',
  retryIn: (seconds: number) => `Nieuwe poging over ${seconds} s…`,

  listCaption: 'Uitnodigingen',
  listColumnEmail: 'E-mail',
  listColumnStatus: 'Status',
  listColumnRoles: 'Rollen',
  listColumnInviter: 'Uitgenodigd door',
  listColumnCreated: 'Verstuurd',
  listColumnExpires: 'Verloopt',
  listColumnActions: 'Acties',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `${capitalize(relative)} verlopen`,

  listSearchLabel: 'Zoeken op e-mailadres',
  listSearchPlaceholder: 'naam@example.com',
  listStatusFilterLabel: 'Status',
  listSortLabel: 'Sorteren',
  listRoleFilterLabel: 'Rol',
  listRoleAll: 'Alle rollen',
  listSortNewest: (field: string) => `${field}, nieuwste eerst`,
  listSortOldest: (field: string) => `${field}, oudste eerst`,
  listSortAscending: (field: string) => `${field}, A–Z`,
  listSortDescending: (field: string) => `${field}, Z–A`,
  listFieldUpdated: 'Bijgewerkt',
  listFieldId: 'ID',
  listFieldLink: 'Uitnodigingslink',
  listDetails: 'Details',
  listDetailsLabel: (email: string) => `Details van ${email}`,
  listPageSizeLabel: 'Rijen per pagina',

  listPagination: 'Paginering',
  listPrevious: 'Vorige',
  listNext: 'Volgende',
  listPreviousPage: 'Vorige pagina',
  listNextPage: 'Volgende pagina',
  listGoToPage: (page: string) => `Pagina ${page}`,
  listRange: (from: string, to: string, total: string) => `${from}–${to} van ${total}`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to}`,
  listPage: (page: string) => `Pagina ${page}`,
  listPageOf: (page: string, pages: string) => `Pagina ${page} van ${pages}`,
  listLimitReached:
    'De provider toont geen verdere uitnodigingen. Wijzig de sortering of de filters om de andere te bereiken.',

  listLoading: 'Uitnodigingen laden…',
  listNewMark: 'Nieuw',
  listNewInvitations: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'nieuwe uitnodiging', other: 'nieuwe uitnodigingen' })} bovenaan`,
  listLoaded: (page: string, count: number, formatted: string) =>
    `${page}, ${formatted} ${plural(count, { one: 'uitnodiging', other: 'uitnodigingen' })}`,
  listEmpty: 'Nog geen uitnodigingen.',
  listEmptyFiltered: 'Geen uitnodigingen die aan deze filters voldoen.',
  listClearFilters: 'Filters wissen',
  listLoadFailed: 'De uitnodigingen konden niet worden geladen.',
  listRetry: 'Opnieuw proberen',
  listRetryAfter: (seconds: string) => `De server vraagt om ${seconds} s te wachten voordat je het opnieuw probeert.`,
  listDismiss: 'Sluiten',
  listInvite: 'Uitnodigen',
  listInviteTitle: 'Mensen uitnodigen',
  listClose: 'Sluiten',

  listRevoke: 'Intrekken',
  listRevokeLabel: (email: string) => `Uitnodiging voor ${email} intrekken`,
  listConfirmRevoke: (email: string) => `Uitnodiging voor ${email} intrekken?`,
  listConfirmShort: 'Echt intrekken?',
  listConfirm: 'Intrekken',
  listConfirmLabel: (email: string) => `Uitnodiging voor ${email} nu intrekken`,
  listCancel: 'Annuleren',
  listRevoked: (email: string) => `De uitnodiging voor ${email} is ingetrokken.`,
  listRevokeFailed: (email: string, reason: string) => `De uitnodiging voor ${email} is niet ingetrokken: ${reason}`,
  listResend: 'Opnieuw versturen',
  listResendLabel: (email: string) => `Uitnodiging voor ${email} opnieuw versturen`,
  listResending: (email: string) => `De uitnodiging wordt opnieuw naar ${email} verstuurd…`,
  listResent: (email: string) => `De uitnodiging is opnieuw naar ${email} verstuurd.`,
  listResendFailed: (email: string, reason: string) =>
    `De uitnodiging is niet opnieuw naar ${email} verstuurd: ${reason}`,
  listCopyLink: 'Link kopiëren',
  listCopyLinkLabel: (email: string) => `Link kopiëren van de uitnodiging voor ${email}`,
  listCopied: 'Gekopieerd',
  listCopiedLabel: (email: string) => `Link van de uitnodiging voor ${email} gekopieerd`,
  listCopyFailed: 'De link kon niet worden gekopieerd. Je browser gaf geen toegang tot het klembord.',
  listSelectColumn: 'Selecteren',
  listSelectPage: 'Alle uitnodigingen op deze pagina selecteren',
  listSelectRow: (email: string) => `Uitnodiging voor ${email} selecteren`,
  listSelected: (_count: number, formatted: string) => `${formatted} geselecteerd`,
  listClearSelection: 'Selectie wissen',
  listBulkRevoke: (_count: number, formatted: string) => `${formatted} intrekken`,
  listBulkResend: (_count: number, formatted: string) => `${formatted} opnieuw versturen`,
  listBulkConfirm: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'uitnodiging', other: 'uitnodigingen' })} intrekken?`,
  listBulkRevoking: (current: string, total: string) => `${current} van ${total} wordt ingetrokken…`,
  listBulkResending: (current: string, total: string) => `${current} van ${total} wordt opnieuw verstuurd…`,
  listBulkStop: 'Stoppen',
  listBulkRowRevoking: 'Wordt ingetrokken…',
  listBulkRowResending: 'Wordt opnieuw verstuurd…',
  listBulkRowResent: 'Opnieuw verstuurd',
  listBulkNotRevoked: (reason: string) => `Niet ingetrokken: ${reason}`,
  listBulkNotResent: (reason: string) => `Niet opnieuw verstuurd: ${reason}`,
  listBulkRevoked: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'uitnodiging', other: 'uitnodigingen' })} ingetrokken.`,
  listBulkResent: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'uitnodiging', other: 'uitnodigingen' })} opnieuw verstuurd.`,
  listBulkFailed: (count: number, formatted: string) =>
    plural(count, {
      one: `${formatted} is mislukt en blijft geselecteerd.`,
      other: `${formatted} zijn mislukt en blijven geselecteerd.`,
    }),

  formEmailsLabel: 'E-mailadressen',
  formEmailsHint: 'Scheid meerdere adressen met komma’s, spaties of nieuwe regels.',
  formAddresses: 'Uit te nodigen adressen',
  formRemoveAddress: (email: string) => `${email} verwijderen`,
  formAddressInvalidMark: 'geen geldig adres',
  formAddressDuplicateMark: 'dubbel vermeld',
  formAddressDomainMark: 'domein niet toegestaan',
  formEmailsRequired: 'Voer minstens één e-mailadres in.',
  formEmailInvalid: (email: string) => `${email} is geen geldig e-mailadres.`,
  formEmailDuplicate: (email: string) => `${email} staat er twee keer in.`,
  formEmailDomain: (email: string, domains: string) =>
    `${email}: uitnodigingen gaan alleen naar adressen van ${domains}.`,
  formEmailRejected: (email: string, reason: string) => `${email}: ${reason}`,
  formAlreadyInvited: 'Dit adres heeft al een openstaande uitnodiging.',
  formAlreadyMember: 'Dit adres hoort al bij een lid.',
  formResendInstead: 'In plaats daarvan opnieuw sturen',
  formKeepPending: 'De openstaande houden',
  formFixFor: (action: string, email: string) => `${action} (${email})`,
  formWillReplace: (email: string) => `${email}: de openstaande uitnodiging wordt door deze vervangen.`,
  formAddressReplaceMark: 'vervangt de openstaande uitnodiging',

  formRoleLabel: 'Rol',
  formRolesLabel: 'Rollen',
  formRolePlaceholder: 'Kies een rol',
  formRolesFreeHint: 'Rolsleutels, gescheiden door komma’s.',
  formRolesManyHint: 'Houd Ctrl (⌘ op een Mac) ingedrukt om er meerdere te kiezen.',
  formMoreOptions: 'Meer opties',
  formRolesLoading: 'Rollen laden…',
  formRolesFailed: (reason: string) => `De rollen konden niet worden geladen: ${reason}`,
  formRolesRetry: 'Rollen opnieuw laden',
  formRolesMin: (min: number) => plural(min, { one: 'Kies een rol.', other: `Kies minstens ${min} rollen.` }),
  formRolesMax: (max: number) => plural(max, { one: 'Kies maar één rol.', other: `Kies hoogstens ${max} rollen.` }),

  formExpiryLegend: 'Verloopt na',
  formExpiryDays: 'Dagen',
  formExpiryHours: 'Uren',
  formExpiryPresetDays: (n: number) => plural(n, { one: `${n} dag`, other: `${n} dagen` }),
  // Dutch counts hours with the singular: "1 uur", "24 uur".
  formExpiryPresetHours: (n: number) => `${n} uur`,
  formExpiryRangeDays: (min: number, max: number) => `Voer een heel aantal dagen in van ${min} tot ${max}.`,
  formExpiryRangeHours: (min: number, max: number) => `Voer een heel aantal uren in van ${min} tot ${max}.`,
  formExpiresOn: (date: string) => `Verloopt op ${date}.`,

  formSendEmail: 'Uitnodigingsmail versturen',
  formSendEmailHint: 'Vink uit om de uitnodiging zonder e-mail aan te maken; deel de link dan zelf.',
  formForce: 'Opnieuw versturen als al uitgenodigd',
  formForceHint: 'Vervangt een openstaande uitnodiging voor hetzelfde adres.',
  formForceSuggest:
    'Sommige adressen hebben al een openstaande uitnodiging. Vink ‘Opnieuw versturen als al uitgenodigd’ aan om die te vervangen.',

  formSubmit: (count: number) => (count > 1 ? `${count} uitnodigingen versturen` : 'Uitnodiging versturen'),
  formStop: 'Versturen stoppen',
  formSending: (done: number, total: number) => `Bezig met versturen: ${done + 1} van ${total}…`,
  formRateLimited: 'De server vraagt om het rustiger aan te doen; het versturen gaat zo verder.',
  formResumeIn: (seconds: number) => `Versturen gaat over ${seconds} s verder…`,

  formSentOne: (email: string) => `Uitnodiging verstuurd naar ${email}`,
  formSentMany: (count: number) => `${count} uitnodigingen verstuurd`,
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? plural(total, {
          one: 'De uitnodiging kon niet worden verstuurd.',
          other: 'Geen enkele uitnodiging kon worden verstuurd.',
        })
      : plural(failed, {
          one: `${failed} van de ${total} uitnodigingen kon niet worden verstuurd.`,
          other: `${failed} van de ${total} uitnodigingen konden niet worden verstuurd.`,
        })) + ' De niet-verstuurde adressen staan nog in het veld.',
  formStopped: 'Versturen gestopt. De niet-verstuurde adressen staan nog in het veld.',
  formResults: 'Resultaten',
  formResultSent: 'verstuurd',
  formResultFailed: (reason: string) => `niet verstuurd: ${reason}`,
  formResultSkipped: 'niet verstuurd (het versturen was al gestopt)',
  formCheckAttribute: (message: string, attribute: string) => `${message} Controleer het attribuut ${attribute}.`,
  formMissingFields: (attributes: string, count: number) =>
    `Deze provider heeft een waarde nodig voor ${plural(count, { one: 'het attribuut', other: 'de attributen' })} ${attributes} van <invite-form>.`,
} satisfies Messages;
