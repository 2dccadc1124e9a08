import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const plural = plurals('fr');

// French typography: a no-break space (\u00a0) inside « », before ? ! : ; and between a number and its unit.

/** French. */
export default {
  statusPending: 'En attente',
  statusProcessing: 'En cours',
  statusAccepted: 'Acceptée',
  statusRevoked: 'Révoquée',
  statusExpired: 'Expirée',
  statusFailed: 'Échec',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `Fournisseur «\u00a0${provider}\u00a0» inconnu. ${names ? `Utilisez ${names}, ou définissez la propriété adapter.` : 'Aucun adaptateur n’est enregistré\u00a0: appelez registerAdapter() ou définissez la propriété adapter.'}`
      : `Aucun fournisseur n’est défini. Définissez l’attribut provider${names ? ` (${names})` : ''} ou la propriété adapter.`,
  noEndpoint:
    'Aucun point de terminaison n’est défini. Donnez à l’attribut endpoint l’URL de la collection des invitations.',
  retryIn: (seconds: number) => `Nouvelle tentative dans ${seconds}\u00a0s…`,

  listCaption: 'Invitations',
  listColumnEmail: 'E-mail',
  listColumnStatus: 'Statut',
  listColumnRoles: 'Rôles',
  listColumnInviter: 'Invité par',
  listColumnCreated: 'Date d’envoi',
  listColumnExpires: 'Expiration',
  listColumnActions: 'Actions',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `Expirée ${relative}`,

  listSearchLabel: 'Rechercher par e-mail',
  listSearchPlaceholder: 'nom@example.com',
  listStatusFilterLabel: 'Statut',
  listSortLabel: 'Trier',
  listRoleFilterLabel: 'Rôle',
  listRoleAll: 'Tous les rôles',
  listSortNewest: (field: string) => `${field}, plus récentes d’abord`,
  listSortOldest: (field: string) => `${field}, plus anciennes d’abord`,
  listSortAscending: (field: string) => `${field}, A–Z`,
  listSortDescending: (field: string) => `${field}, Z–A`,
  listFieldUpdated: 'Date de mise à jour',
  listFieldId: 'ID',
  listFieldLink: 'Lien d’invitation',
  listDetails: 'Détails',
  listDetailsLabel: (email: string) => `Détails de ${email}`,
  listPageSizeLabel: 'Lignes par page',

  listPagination: 'Pagination',
  listPrevious: 'Précédent',
  listNext: 'Suivant',
  listPreviousPage: 'Page précédente',
  listNextPage: 'Page suivante',
  listGoToPage: (page: string) => `Page ${page}`,
  listRange: (from: string, to: string, total: string) => `${from}–${to} sur ${total}`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to}`,
  listPage: (page: string) => `Page ${page}`,
  listPageOf: (page: string, pages: string) => `Page ${page} sur ${pages}`,
  listLimitReached:
    'Le fournisseur ne liste pas d’autres invitations. Modifiez le tri ou les filtres pour atteindre les autres.',

  listLoading: 'Chargement des invitations…',
  listNewMark: 'Nouvelle',
  listNewInvitations: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'nouvelle invitation', other: 'nouvelles invitations' })} en haut`,
  listLoaded: (page: string, count: number, formatted: string) =>
    `${page}, ${formatted} ${plural(count, { one: 'invitation', other: 'invitations' })}`,
  listEmpty: 'Aucune invitation pour l’instant.',
  listEmptyFiltered: 'Aucune invitation ne correspond à ces filtres.',
  listClearFilters: 'Effacer les filtres',
  listLoadFailed: 'Impossible de charger les invitations.',
  listRetry: 'Réessayer',
  listRetryAfter: (seconds: string) => `Le serveur demande d’attendre ${seconds}\u00a0s avant de réessayer.`,
  listDismiss: 'Fermer',
  listInvite: 'Inviter',
  listInviteTitle: 'Inviter des personnes',
  listClose: 'Fermer',

  listRevoke: 'Révoquer',
  listRevokeLabel: (email: string) => `Révoquer l’invitation envoyée à ${email}`,
  listConfirmRevoke: (email: string) => `Révoquer l’invitation envoyée à ${email}\u00a0?`,
  listConfirmShort: 'Vraiment révoquer\u00a0?',
  listConfirm: 'Révoquer',
  listConfirmLabel: (email: string) => `Révoquer maintenant l’invitation envoyée à ${email}`,
  listCancel: 'Annuler',
  listRevoked: (email: string) => `L’invitation envoyée à ${email} a été révoquée.`,
  listRevokeFailed: (email: string, reason: string) =>
    `L’invitation envoyée à ${email} n’a pas été révoquée\u00a0: ${reason}`,
  listResend: 'Renvoyer',
  listResendLabel: (email: string) => `Renvoyer l’invitation à ${email}`,
  listResending: (email: string) => `Nouvel envoi de l’invitation à ${email}…`,
  listResent: (email: string) => `L’invitation a été renvoyée à ${email}.`,
  listResendFailed: (email: string, reason: string) =>
    `L’invitation n’a pas pu être renvoyée à ${email}\u00a0: ${reason}`,
  listCopyLink: 'Copier le lien',
  listCopyLinkLabel: (email: string) => `Copier le lien de l’invitation envoyée à ${email}`,
  listCopied: 'Copié',
  listCopiedLabel: (email: string) => `Lien de l’invitation envoyée à ${email} copié`,
  listCopyFailed: 'Impossible de copier le lien\u00a0: votre navigateur n’a pas autorisé l’accès au presse-papiers.',
  listSelectColumn: 'Sélectionner',
  listSelectPage: 'Sélectionner toutes les invitations de cette page',
  listSelectRow: (email: string) => `Sélectionner l’invitation envoyée à ${email}`,
  listSelected: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'sélectionnée', other: 'sélectionnées' })}`,
  listClearSelection: 'Effacer la sélection',
  listBulkRevoke: (_count: number, formatted: string) => `Révoquer ${formatted}`,
  listBulkResend: (_count: number, formatted: string) => `Renvoyer ${formatted}`,
  listBulkConfirm: (count: number, formatted: string) =>
    `Révoquer ${formatted} ${plural(count, { one: 'invitation', other: 'invitations' })}\u00a0?`,
  listBulkRevoking: (current: string, total: string) => `Révocation ${current} sur ${total}…`,
  listBulkResending: (current: string, total: string) => `Nouvel envoi ${current} sur ${total}…`,
  listBulkStop: 'Arrêter',
  listBulkRowRevoking: 'Révocation…',
  listBulkRowResending: 'Nouvel envoi…',
  listBulkRowResent: 'Renvoyée',
  listBulkNotRevoked: (reason: string) => `Non révoquée\u00a0: ${reason}`,
  listBulkNotResent: (reason: string) => `Non renvoyée\u00a0: ${reason}`,
  listBulkRevoked: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'invitation révoquée', other: 'invitations révoquées' })}.`,
  listBulkResent: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'invitation renvoyée', other: 'invitations renvoyées' })}.`,
  listBulkFailed: (count: number, formatted: string) =>
    plural(count, {
      one: `${formatted} a échoué et reste sélectionnée.`,
      other: `${formatted} ont échoué et restent sélectionnées.`,
    }),

  formEmailsLabel: 'Adresses e-mail',
  formEmailsHint: 'Séparez plusieurs adresses par des virgules, des espaces ou des retours à la ligne.',
  formAddresses: 'Adresses à inviter',
  formRemoveAddress: (email: string) => `Retirer ${email}`,
  formAddressInvalidMark: 'adresse non valide',
  formAddressDuplicateMark: 'en double',
  formAddressDomainMark: 'domaine non autorisé',
  formEmailsRequired: 'Saisissez au moins une adresse e-mail.',
  formEmailInvalid: (email: string) => `${email} n’est pas une adresse e-mail valide.`,
  formEmailDuplicate: (email: string) => `${email} figure deux fois.`,
  formEmailDomain: (email: string, domains: string) => `${email} : les invitations ne vont qu’aux adresses ${domains}.`,
  formEmailRejected: (email: string, reason: string) => `${email}\u00a0: ${reason}`,
  formAlreadyInvited: 'Cette adresse a déjà une invitation en attente.',
  formAlreadyMember: 'Cette adresse appartient déjà à un membre.',
  formResendInstead: 'Renvoyer à la place',
  formKeepPending: 'Garder celle en attente',
  formFixFor: (action: string, email: string) => `${action} (${email})`,
  formWillReplace: (email: string) => `${email}: son invitation en attente sera remplacée par celle-ci.`,
  formAddressReplaceMark: 'remplace son invitation en attente',

  formRoleLabel: 'Rôle',
  formRolesLabel: 'Rôles',
  formRolePlaceholder: 'Choisissez un rôle',
  formRolesFreeHint: 'Clés de rôle, séparées par des virgules.',
  formRolesManyHint: 'Maintenez Ctrl (⌘ sur Mac) pour en choisir plusieurs.',
  formMoreOptions: 'Plus d’options',
  formRolesLoading: 'Chargement des rôles…',
  formRolesFailed: (reason: string) => `Impossible de charger les rôles\u00a0: ${reason}`,
  formRolesRetry: 'Recharger les rôles',
  formRolesMin: (min: number) => (min === 1 ? 'Choisissez un rôle.' : `Choisissez au moins ${min}\u00a0rôles.`),
  formRolesMax: (max: number) => (max === 1 ? 'Choisissez un seul rôle.' : `Choisissez au plus ${max}\u00a0rôles.`),

  formExpiryLegend: 'Expire après',
  formExpiryDays: 'Jours',
  formExpiryHours: 'Heures',
  formExpiryPresetDays: (n: number) => plural(n, { one: `${n}\u00a0jour`, other: `${n}\u00a0jours` }),
  formExpiryPresetHours: (n: number) => plural(n, { one: `${n}\u00a0heure`, other: `${n}\u00a0heures` }),
  formExpiryRangeDays: (min: number, max: number) => `Saisissez un nombre entier de jours entre ${min} et ${max}.`,
  formExpiryRangeHours: (min: number, max: number) => `Saisissez un nombre entier d’heures entre ${min} et ${max}.`,
  formExpiresOn: (date: string) => `Expire le ${date}.`,

  formSendEmail: 'Envoyer l’e-mail d’invitation',
  formSendEmailHint: 'Décochez pour créer l’invitation sans e-mail\u00a0; partagez alors son lien vous-même.',
  formForce: 'Renvoyer si déjà invité',
  formForceHint: 'Remplace une invitation en attente pour la même adresse.',
  formForceSuggest:
    'Certaines adresses ont déjà une invitation en attente. Cochez «\u00a0Renvoyer si déjà invité\u00a0» pour la remplacer.',

  formSubmit: (count: number) => (count > 1 ? `Envoyer ${count}\u00a0invitations` : 'Envoyer l’invitation'),
  formStop: 'Arrêter l’envoi',
  formSending: (done: number, total: number) => `Envoi ${done + 1} sur ${total}…`,
  formRateLimited: 'Le serveur demande de ralentir\u00a0; l’envoi reprendra sous peu.',
  formResumeIn: (seconds: number) => `Reprise de l’envoi dans ${seconds}\u00a0s…`,

  formSentOne: (email: string) => `Invitation envoyée à ${email}`,
  formSentMany: (count: number) => `${count}\u00a0invitations envoyées`,
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? plural(total, {
          one: 'L’invitation n’a pas pu être envoyée.',
          other: 'Aucune invitation n’a pu être envoyée.',
        })
      : plural(failed, {
          one: `${failed}\u00a0invitation sur ${total} n’a pas pu être envoyée.`,
          other: `${failed}\u00a0invitations sur ${total} n’ont pas pu être envoyées.`,
        })) + ' Les adresses non envoyées sont restées dans le champ.',
  formStopped: 'Envoi arrêté. Les adresses non envoyées sont restées dans le champ.',
  formResults: 'Résultats',
  formResultSent: 'envoyée',
  formResultFailed: (reason: string) => `non envoyée\u00a0: ${reason}`,
  formResultSkipped: 'non envoyée (l’envoi a été arrêté avant)',
  formCheckAttribute: (message: string, attribute: string) => `${message} Vérifiez l’attribut ${attribute}.`,
  formMissingFields: (attributes: string, count: number) =>
    `Ce fournisseur a besoin d’une valeur pour ${plural(count, { one: 'l’attribut', other: 'les attributs' })} ${attributes} de <invite-form>.`,
} satisfies Messages;
