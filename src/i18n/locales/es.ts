import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const plural = plurals('es');

/** Spanish. */
export default {
  statusPending: 'Pendiente',
  statusProcessing: 'En proceso',
  statusAccepted: 'Aceptada',
  statusRevoked: 'Revocada',
  statusExpired: 'Caducada',
  statusFailed: 'Fallida',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `Proveedor «${provider}» desconocido. ${names ? `Usa ${names}, o establece la propiedad adapter.` : 'No hay ningún adaptador registrado: llama a registerAdapter() o establece la propiedad adapter.'}`
      : `No hay ningún proveedor definido. Establece el atributo provider${names ? ` (${names})` : ''} o la propiedad adapter.`,
  noEndpoint:
    'No hay ningún endpoint definido. Establece en el atributo endpoint la URL de la colección de invitaciones.',
  retryIn: (seconds: number) => `Reintentando en ${seconds} s…`,

  listCaption: 'Invitaciones',
  listColumnEmail: 'Correo electrónico',
  listColumnStatus: 'Estado',
  listColumnRoles: 'Roles',
  listColumnInviter: 'Invitado por',
  listColumnCreated: 'Fecha de envío',
  listColumnExpires: 'Caducidad',
  listColumnActions: 'Acciones',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `Caducó ${relative}`,

  listSearchLabel: 'Buscar por correo electrónico',
  listSearchPlaceholder: 'nombre@example.com',
  listStatusFilterLabel: 'Estado',
  listSortLabel: 'Ordenar',
  listRoleFilterLabel: 'Rol',
  listRoleAll: 'Todos los roles',
  listSortNewest: (field: string) => `${field}: más recientes primero`,
  listSortOldest: (field: string) => `${field}: más antiguas primero`,
  listSortAscending: (field: string) => `${field}: A–Z`,
  listSortDescending: (field: string) => `${field}: Z–A`,
  listFieldUpdated: 'Fecha de actualización',
  listFieldId: 'ID',
  listFieldLink: 'Enlace de invitación',
  listDetails: 'Detalles',
  listDetailsLabel: (email: string) => `Detalles de ${email}`,
  listPageSizeLabel: 'Filas por página',

  listPagination: 'Paginación',
  listPrevious: 'Anterior',
  listNext: 'Siguiente',
  listPreviousPage: 'Página anterior',
  listNextPage: 'Página siguiente',
  listGoToPage: (page: string) => `Página ${page}`,
  listRange: (from: string, to: string, total: string) => `${from}–${to} de ${total}`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to}`,
  listPage: (page: string) => `Página ${page}`,
  listPageOf: (page: string, pages: string) => `Página ${page} de ${pages}`,
  listLimitReached: 'El proveedor no muestra más invitaciones. Cambia el orden o los filtros para llegar a las demás.',

  listLoading: 'Cargando invitaciones…',
  listNewMark: 'Nueva',
  listNewInvitations: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'invitación nueva', other: 'invitaciones nuevas' })} arriba`,
  listLoaded: (page: string, count: number, formatted: string) =>
    `${page}, ${formatted} ${plural(count, { one: 'invitación', other: 'invitaciones' })}`,
  listEmpty: 'Todavía no hay invitaciones.',
  listEmptyFiltered: 'Ninguna invitación coincide con estos filtros.',
  listClearFilters: 'Borrar filtros',
  listLoadFailed: 'No se han podido cargar las invitaciones.',
  listRetry: 'Reintentar',
  listRetryAfter: (seconds: string) => `El servidor pide esperar ${seconds} s antes de volver a intentarlo.`,
  listDismiss: 'Cerrar',
  listInvite: 'Invitar',
  listInviteTitle: 'Invitar a personas',
  listClose: 'Cerrar',

  listRevoke: 'Revocar',
  listRevokeLabel: (email: string) => `Revocar la invitación enviada a ${email}`,
  listConfirmRevoke: (email: string) => `¿Revocar la invitación enviada a ${email}?`,
  listConfirmShort: '¿Seguro que quieres revocarla?',
  listConfirm: 'Revocar',
  listConfirmLabel: (email: string) => `Revocar ahora la invitación enviada a ${email}`,
  listCancel: 'Cancelar',
  listRevoked: (email: string) => `Se ha revocado la invitación enviada a ${email}.`,
  listRevokeFailed: (email: string, reason: string) => `No se ha revocado la invitación enviada a ${email}: ${reason}`,
  listResend: 'Reenviar',
  listResendLabel: (email: string) => `Reenviar la invitación a ${email}`,
  listResending: (email: string) => `Reenviando la invitación a ${email}…`,
  listResent: (email: string) => `Se ha reenviado la invitación a ${email}.`,
  listResendFailed: (email: string, reason: string) => `No se ha reenviado la invitación a ${email}: ${reason}`,
  listCopyLink: 'Copiar enlace',
  listCopyLinkLabel: (email: string) => `Copiar enlace de la invitación enviada a ${email}`,
  listCopied: 'Copiado',
  listCopiedLabel: (email: string) => `Enlace de la invitación enviada a ${email} copiado`,
  listCopyFailed: 'No se ha podido copiar el enlace. Tu navegador no ha permitido el acceso al portapapeles.',
  listSelectColumn: 'Seleccionar',
  listSelectPage: 'Seleccionar todas las invitaciones de esta página',
  listSelectRow: (email: string) => `Seleccionar la invitación enviada a ${email}`,
  listSelected: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'seleccionada', other: 'seleccionadas' })}`,
  listClearSelection: 'Borrar la selección',
  listBulkRevoke: (_count: number, formatted: string) => `Revocar ${formatted}`,
  listBulkResend: (_count: number, formatted: string) => `Reenviar ${formatted}`,
  listBulkConfirm: (count: number, formatted: string) =>
    `¿Revocar ${formatted} ${plural(count, { one: 'invitación', other: 'invitaciones' })}?`,
  listBulkRevoking: (current: string, total: string) => `Revocando ${current} de ${total}…`,
  listBulkResending: (current: string, total: string) => `Reenviando ${current} de ${total}…`,
  listBulkStop: 'Detener',
  listBulkRowRevoking: 'Revocando…',
  listBulkRowResending: 'Reenviando…',
  listBulkRowResent: 'Reenviada',
  listBulkNotRevoked: (reason: string) => `No revocada: ${reason}`,
  listBulkNotResent: (reason: string) => `No reenviada: ${reason}`,
  listBulkRevoked: (count: number, formatted: string) =>
    plural(count, {
      one: `Se ha revocado ${formatted} invitación.`,
      other: `Se han revocado ${formatted} invitaciones.`,
    }),
  listBulkResent: (count: number, formatted: string) =>
    plural(count, {
      one: `Se ha reenviado ${formatted} invitación.`,
      other: `Se han reenviado ${formatted} invitaciones.`,
    }),
  listBulkFailed: (count: number, formatted: string) =>
    plural(count, {
      one: `${formatted} ha fallado y sigue seleccionada.`,
      other: `${formatted} han fallado y siguen seleccionadas.`,
    }),

  formEmailsLabel: 'Direcciones de correo electrónico',
  formEmailsHint: 'Separa varias direcciones con comas, espacios o saltos de línea.',
  formAddresses: 'Direcciones que invitar',
  formRemoveAddress: (email: string) => `Quitar ${email}`,
  formAddressInvalidMark: 'dirección no válida',
  formAddressDuplicateMark: 'repetida',
  formAddressDomainMark: 'dominio no permitido',
  formEmailsRequired: 'Introduce al menos una dirección de correo electrónico.',
  formEmailInvalid: (email: string) => `${email} no es una dirección de correo electrónico válida.`,
  formEmailDuplicate: (email: string) => `${email} aparece dos veces.`,
  formEmailDomain: (email: string, domains: string) => `${email}: solo se invita a direcciones de ${domains}.`,
  formEmailRejected: (email: string, reason: string) => `${email}: ${reason}`,
  formAlreadyInvited: 'Esta dirección ya tiene una invitación pendiente.',
  formAlreadyMember: 'Esta dirección ya pertenece a un miembro.',

  formRoleLabel: 'Rol',
  formRolesLabel: 'Roles',
  formRolePlaceholder: 'Elige un rol',
  formRolesFreeHint: 'Claves de rol, separadas por comas.',
  formRolesManyHint: 'Mantén pulsada Ctrl (⌘ en Mac) para elegir varias.',
  formMoreOptions: 'Más opciones',
  formRolesLoading: 'Cargando roles…',
  formRolesFailed: (reason: string) => `No se han podido cargar los roles: ${reason}`,
  formRolesRetry: 'Volver a cargar los roles',
  formRolesMin: (min: number) => plural(min, { one: 'Elige un rol.', other: `Elige al menos ${min} roles.` }),
  formRolesMax: (max: number) => plural(max, { one: 'Elige solo un rol.', other: `Elige como máximo ${max} roles.` }),

  formExpiryLegend: 'Caduca al cabo de',
  formExpiryDays: 'Días',
  formExpiryHours: 'Horas',
  formExpiryPresetDays: (n: number) => plural(n, { one: `${n} día`, other: `${n} días` }),
  formExpiryPresetHours: (n: number) => plural(n, { one: `${n} hora`, other: `${n} horas` }),
  formExpiryRangeDays: (min: number, max: number) => `Introduce un número entero de días entre ${min} y ${max}.`,
  formExpiryRangeHours: (min: number, max: number) => `Introduce un número entero de horas entre ${min} y ${max}.`,
  formExpiresOn: (date: string) => `Caduca el ${date}.`,

  formSendEmail: 'Enviar el correo de invitación',
  formSendEmailHint: 'Desmárcalo para crear la invitación sin correo; tendrás que compartir tú el enlace.',
  formForce: 'Reenviar si ya está invitado',
  formForceHint: 'Sustituye una invitación pendiente a la misma dirección.',
  formForceSuggest:
    'Algunas direcciones ya tienen una invitación pendiente. Marca «Reenviar si ya está invitado» para sustituirla.',

  formSubmit: (count: number) => (count > 1 ? `Enviar ${count} invitaciones` : 'Enviar invitación'),
  formStop: 'Detener el envío',
  formSending: (done: number, total: number) => `Enviando ${done + 1} de ${total}…`,
  formRateLimited: 'El servidor pide ir más despacio; el envío se reanudará en breve.',
  formResumeIn: (seconds: number) => `El envío se reanuda en ${seconds} s…`,

  formSentOne: (email: string) => `Invitación enviada a ${email}`,
  formSentMany: (count: number) => `${count} invitaciones enviadas`,
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? plural(total, {
          one: 'No se ha podido enviar la invitación.',
          other: 'No se ha podido enviar ninguna invitación.',
        })
      : plural(failed, {
          one: `No se ha podido enviar ${failed} de las ${total} invitaciones.`,
          other: `No se han podido enviar ${failed} de las ${total} invitaciones.`,
        })) + ' Las direcciones no enviadas siguen en el campo.',
  formStopped: 'Envío detenido. Las direcciones no enviadas siguen en el campo.',
  formResults: 'Resultados',
  formResultSent: 'enviada',
  formResultFailed: (reason: string) => `no enviada: ${reason}`,
  formResultSkipped: 'no enviada (el envío se detuvo antes)',
  formCheckAttribute: (message: string, attribute: string) => `${message} Revisa el atributo ${attribute}.`,
  formMissingFields: (attributes: string, count: number) =>
    `Este proveedor necesita un valor para ${plural(count, { one: 'el atributo', other: 'los atributos' })} ${attributes} de <invite-form>.`,
} satisfies Messages;
