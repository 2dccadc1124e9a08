import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const plural = plurals('it');

/** Italian. */
export default {
  statusPending: 'In attesa',
  statusProcessing: 'In elaborazione',
  statusAccepted: 'Accettato',
  statusRevoked: 'Revocato',
  statusExpired: 'Scaduto',
  statusFailed: 'Non riuscito',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `Provider "${provider}" sconosciuto. ${names ? `Usa ${names}, oppure imposta la proprietà adapter.` : 'Nessun adattatore registrato: chiama registerAdapter() oppure imposta la proprietà adapter.'}`
      : `Nessun provider impostato. Imposta l’attributo provider${names ? ` (${names})` : ''} o la proprietà adapter.`,
  noEndpoint: 'Nessun endpoint impostato. Imposta l’attributo endpoint sull’URL della raccolta degli inviti.',
  retryIn: (seconds: number) => `Nuovo tentativo tra ${seconds} s…`,

  listCaption: 'Inviti',
  listColumnEmail: 'Email',
  listColumnStatus: 'Stato',
  listColumnRoles: 'Ruoli',
  listColumnInviter: 'Invitato da',
  listColumnCreated: 'Invio',
  listColumnExpires: 'Scadenza',
  listColumnActions: 'Azioni',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `Scaduto ${relative}`,

  listSearchLabel: 'Cerca per email',
  listSearchPlaceholder: 'nome@example.com',
  listStatusFilterLabel: 'Stato',
  listSortLabel: 'Ordina',
  listRoleFilterLabel: 'Ruolo',
  listRoleAll: 'Tutti i ruoli',
  listSortNewest: (field: string) => `${field}, dal più recente`,
  listSortOldest: (field: string) => `${field}, dal meno recente`,
  listSortAscending: (field: string) => `${field}, A–Z`,
  listSortDescending: (field: string) => `${field}, Z–A`,
  listFieldUpdated: 'Aggiornamento',
  listFieldId: 'ID',
  listFieldLink: 'Link di invito',
  listDetails: 'Dettagli',
  listDetailsLabel: (email: string) => `Dettagli di ${email}`,
  listPageSizeLabel: 'Righe per pagina',

  listPagination: 'Paginazione',
  listPrevious: 'Precedente',
  listNext: 'Successiva',
  listPreviousPage: 'Pagina precedente',
  listNextPage: 'Pagina successiva',
  listGoToPage: (page: string) => `Pagina ${page}`,
  listRange: (from: string, to: string, total: string) => `${from}–${to} di ${total}`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to}`,
  listPage: (page: string) => `Pagina ${page}`,
  listPageOf: (page: string, pages: string) => `Pagina ${page} di ${pages}`,
  listLimitReached: 'Il provider non elenca altri inviti. Cambia l’ordinamento o i filtri per raggiungere gli altri.',

  listLoading: 'Caricamento degli inviti…',
  listNewMark: 'Nuovo',
  listNewInvitations: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'nuovo invito', other: 'nuovi inviti' })} in alto`,
  listLoaded: (page: string, count: number, formatted: string) =>
    `${page}, ${formatted} ${plural(count, { one: 'invito', other: 'inviti' })}`,
  listEmpty: 'Ancora nessun invito.',
  listEmptyFiltered: 'Nessun invito corrisponde a questi filtri.',
  listClearFilters: 'Cancella filtri',
  listLoadFailed: 'Impossibile caricare gli inviti.',
  listRetry: 'Riprova',
  listRetryAfter: (seconds: string) => `Il server chiede di attendere ${seconds} s prima di riprovare.`,
  listDismiss: 'Chiudi',

  listRevoke: 'Revoca',
  listRevokeLabel: (email: string) => `Revoca l’invito inviato a ${email}`,
  listConfirmRevoke: (email: string) => `Revocare l’invito inviato a ${email}?`,
  listConfirmShort: 'Revocare davvero?',
  listConfirm: 'Revoca',
  listConfirmLabel: (email: string) => `Revoca ora l’invito inviato a ${email}`,
  listCancel: 'Annulla',
  listRevoked: (email: string) => `L’invito inviato a ${email} è stato revocato.`,
  listRevokeFailed: (email: string, reason: string) => `L’invito inviato a ${email} non è stato revocato: ${reason}`,
  listResend: 'Invia di nuovo',
  listResendLabel: (email: string) => `Invia di nuovo l’invito a ${email}`,
  listResending: (email: string) => `Nuovo invio dell’invito a ${email} in corso…`,
  listResent: (email: string) => `L’invito è stato inviato di nuovo a ${email}.`,
  listResendFailed: (email: string, reason: string) => `L’invito a ${email} non è stato inviato di nuovo: ${reason}`,
  listCopyLink: 'Copia link',
  listCopyLinkLabel: (email: string) => `Copia link dell’invito inviato a ${email}`,
  listCopied: 'Copiato',
  listCopiedLabel: (email: string) => `Link dell’invito inviato a ${email} copiato`,
  listCopyFailed: 'Impossibile copiare il link. Il browser non ha consentito l’accesso agli appunti.',

  formEmailsLabel: 'Indirizzi email',
  formEmailsHint: 'Separa più indirizzi con virgole, spazi o a capo.',
  formAddresses: 'Indirizzi da invitare',
  formRemoveAddress: (email: string) => `Rimuovi ${email}`,
  formAddressInvalidMark: 'indirizzo non valido',
  formAddressDuplicateMark: 'ripetuto',
  formAddressDomainMark: 'dominio non consentito',
  formEmailsRequired: 'Inserisci almeno un indirizzo email.',
  formEmailInvalid: (email: string) => `${email} non è un indirizzo email valido.`,
  formEmailDuplicate: (email: string) => `${email} compare due volte.`,
  formEmailDomain: (email: string, domains: string) => `${email}: gli inviti vanno solo a indirizzi ${domains}.`,
  formEmailRejected: (email: string, reason: string) => `${email}: ${reason}`,
  formAlreadyInvited: 'Questo indirizzo ha già un invito in attesa.',
  formAlreadyMember: 'Questo indirizzo appartiene già a un membro.',

  formRoleLabel: 'Ruolo',
  formRolesLabel: 'Ruoli',
  formRolePlaceholder: 'Scegli un ruolo',
  formRolesFreeHint: 'Chiavi dei ruoli, separate da virgole.',
  formRolesManyHint: 'Tieni premuto Ctrl (⌘ su Mac) per sceglierne più di uno.',
  formRolesLoading: 'Caricamento dei ruoli…',
  formRolesFailed: (reason: string) => `Impossibile caricare i ruoli: ${reason}`,
  formRolesRetry: 'Carica di nuovo i ruoli',
  formRolesMin: (min: number) => plural(min, { one: 'Scegli un ruolo.', other: `Scegli almeno ${min} ruoli.` }),
  formRolesMax: (max: number) =>
    plural(max, { one: 'Scegli un solo ruolo.', other: `Scegli al massimo ${max} ruoli.` }),

  formExpiryLegend: 'Scade dopo',
  formExpiryDays: 'Giorni',
  formExpiryHours: 'Ore',
  formExpiryPresetDays: (n: number) => plural(n, { one: `${n} giorno`, other: `${n} giorni` }),
  formExpiryPresetHours: (n: number) => plural(n, { one: `${n} ora`, other: `${n} ore` }),
  formExpiryRangeDays: (min: number, max: number) => `Inserisci un numero intero di giorni da ${min} a ${max}.`,
  formExpiryRangeHours: (min: number, max: number) => `Inserisci un numero intero di ore da ${min} a ${max}.`,
  formExpiresOn: (date: string) => `Scade il ${date}.`,

  formSendEmail: 'Invia l’email di invito',
  formSendEmailHint: 'Deseleziona per creare l’invito senza email; il link lo condividi tu.',
  formForce: 'Invia di nuovo se già invitato',
  formForceHint: 'Sostituisce un invito in attesa allo stesso indirizzo.',
  formForceSuggest:
    'Alcuni indirizzi hanno già un invito in attesa. Seleziona “Invia di nuovo se già invitato” per sostituirlo.',

  formSubmit: (count: number) => (count > 1 ? `Invia ${count} inviti` : 'Invia invito'),
  formStop: 'Interrompi l’invio',
  formSending: (done: number, total: number) => `Invio ${done + 1} di ${total} in corso…`,
  formRateLimited: 'Il server chiede di rallentare; l’invio riprenderà a breve.',
  formResumeIn: (seconds: number) => `L’invio riprende tra ${seconds} s…`,

  formSentOne: (email: string) => `Invito inviato a ${email}`,
  formSentMany: (count: number) => `${count} inviti inviati`,
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? plural(total, {
          one: 'Impossibile inviare l’invito.',
          other: 'Non è stato possibile inviare nessuno degli inviti.',
        })
      : plural(failed, {
          one: `${failed} invito su ${total} non è stato inviato.`,
          other: `${failed} inviti su ${total} non sono stati inviati.`,
        })) + ' Gli indirizzi non inviati sono ancora nel campo.',
  formStopped: 'Invio interrotto. Gli indirizzi non inviati sono ancora nel campo.',
  formResults: 'Risultati',
  formResultSent: 'inviato',
  formResultFailed: (reason: string) => `non inviato: ${reason}`,
  formResultSkipped: 'non inviato (l’invio è stato interrotto prima)',
  formCheckAttribute: (message: string, attribute: string) => `${message} Controlla l’attributo ${attribute}.`,
  formMissingFields: (attributes: string, count: number) =>
    `Questo provider richiede un valore per ${plural(count, { one: 'l’attributo', other: 'gli attributi' })} ${attributes} di <invite-form>.`,
} satisfies Messages;
