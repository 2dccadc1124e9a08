import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const plural = plurals('pt-BR');
/** "convite", "convites" — zero takes the plural in Brazilian Portuguese ("0 convites"), though CLDR says `one`. */
const invitations = (count: number) =>
  count === 0 ? 'convites' : plural(count, { one: 'convite', other: 'convites' });

/** Brazilian Portuguese. */
export default {
  statusPending: 'Pendente',
  statusProcessing: 'Em processamento',
  statusAccepted: 'Aceito',
  statusRevoked: 'Revogado',
  statusExpired: 'Expirado',
  statusFailed: 'Falhou',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `Provedor "${provider}" desconhecido. ${names ? `Use ${names}, ou defina a propriedade adapter.` : 'Nenhum adaptador registrado: chame registerAdapter() ou defina a propriedade adapter.'}`
      : `Nenhum provedor definido. Defina o atributo provider${names ? ` (${names})` : ''} ou a propriedade adapter.`,
  noEndpoint: 'Nenhum endpoint definido. Defina no atributo endpoint a URL da coleção de convites.',
  retryIn: (seconds: number) => `Nova tentativa em ${seconds} s…`,

  listCaption: 'Convites',
  listColumnEmail: 'E-mail',
  listColumnStatus: 'Status',
  listColumnRoles: 'Funções',
  listColumnInviter: 'Convidado por',
  listColumnCreated: 'Envio',
  listColumnExpires: 'Expiração',
  listColumnActions: 'Ações',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `Expirou ${relative}`,

  listSearchLabel: 'Pesquisar por e-mail',
  listSearchPlaceholder: 'nome@example.com',
  listStatusFilterLabel: 'Status',
  listSortLabel: 'Ordenar',
  listRoleFilterLabel: 'Função',
  listRoleAll: 'Todas as funções',
  listSortNewest: (field: string) => `${field}, mais recentes primeiro`,
  listSortOldest: (field: string) => `${field}, mais antigos primeiro`,
  listSortAscending: (field: string) => `${field}, A–Z`,
  listSortDescending: (field: string) => `${field}, Z–A`,
  listFieldUpdated: 'Atualização',
  listFieldId: 'ID',
  listFieldLink: 'Link do convite',
  listDetails: 'Detalhes',
  listDetailsLabel: (email: string) => `Detalhes de ${email}`,
  listPageSizeLabel: 'Linhas por página',

  listPagination: 'Paginação',
  listPrevious: 'Anterior',
  listNext: 'Próxima',
  listPreviousPage: 'Página anterior',
  listNextPage: 'Próxima página',
  listGoToPage: (page: string) => `Página ${page}`,
  listRange: (from: string, to: string, total: string) => `${from}–${to} de ${total}`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to}`,
  listPage: (page: string) => `Página ${page}`,
  listPageOf: (page: string, pages: string) => `Página ${page} de ${pages}`,
  listLimitReached: 'O provedor não lista mais convites. Mude a ordenação ou os filtros para chegar aos demais.',

  listLoading: 'Carregando convites…',
  listNewMark: 'Novo',
  listNewInvitations: (count: number, formatted: string) =>
    `${formatted} ${plural(count, { one: 'convite novo', other: 'convites novos' })} no topo`,
  listLoaded: (page: string, count: number, formatted: string) => `${page}, ${formatted} ${invitations(count)}`,
  listEmpty: 'Nenhum convite ainda.',
  listEmptyFiltered: 'Nenhum convite corresponde a esses filtros.',
  listClearFilters: 'Limpar filtros',
  listLoadFailed: 'Não foi possível carregar os convites.',
  listRetry: 'Tentar novamente',
  listRetryAfter: (seconds: string) => `O servidor pede para aguardar ${seconds} s antes de tentar novamente.`,
  listDismiss: 'Fechar',
  listInvite: 'Convidar',
  listInviteTitle: 'Convidar pessoas',
  listClose: 'Fechar',

  listRevoke: 'Revogar',
  listRevokeLabel: (email: string) => `Revogar o convite enviado para ${email}`,
  listConfirmRevoke: (email: string) => `Revogar o convite enviado para ${email}?`,
  listConfirmShort: 'Revogar mesmo?',
  listConfirm: 'Revogar',
  listConfirmLabel: (email: string) => `Revogar agora o convite enviado para ${email}`,
  listCancel: 'Cancelar',
  listRevoked: (email: string) => `O convite enviado para ${email} foi revogado.`,
  listRevokeFailed: (email: string, reason: string) => `O convite enviado para ${email} não foi revogado: ${reason}`,
  listResend: 'Reenviar',
  listResendLabel: (email: string) => `Reenviar o convite para ${email}`,
  listResending: (email: string) => `Reenviando o convite para ${email}…`,
  listResent: (email: string) => `O convite foi reenviado para ${email}.`,
  listResendFailed: (email: string, reason: string) => `O convite para ${email} não foi reenviado: ${reason}`,
  listCopyLink: 'Copiar link',
  listCopyLinkLabel: (email: string) => `Copiar link do convite enviado para ${email}`,
  listCopied: 'Copiado',
  listCopiedLabel: (email: string) => `Link do convite enviado para ${email} copiado`,
  listCopyFailed: 'Não foi possível copiar o link. Seu navegador não permitiu o acesso à área de transferência.',
  listSelectColumn: 'Selecionar',
  listSelectPage: 'Selecionar todos os convites desta página',
  listSelectRow: (email: string) => `Selecionar o convite enviado para ${email}`,
  listSelected: (count: number, formatted: string) => `${formatted} ${count === 1 ? 'selecionado' : 'selecionados'}`,
  listClearSelection: 'Limpar seleção',
  listBulkRevoke: (_count: number, formatted: string) => `Revogar ${formatted}`,
  listBulkResend: (_count: number, formatted: string) => `Reenviar ${formatted}`,
  listBulkConfirm: (count: number, formatted: string) => `Revogar ${formatted} ${invitations(count)}?`,
  listBulkRevoking: (current: string, total: string) => `Revogando ${current} de ${total}…`,
  listBulkResending: (current: string, total: string) => `Reenviando ${current} de ${total}…`,
  listBulkStop: 'Parar',
  listBulkRowRevoking: 'Revogando…',
  listBulkRowResending: 'Reenviando…',
  listBulkRowResent: 'Reenviado',
  listBulkNotRevoked: (reason: string) => `Não revogado: ${reason}`,
  listBulkNotResent: (reason: string) => `Não reenviado: ${reason}`,
  listBulkRevoked: (count: number, formatted: string) =>
    `${formatted} ${invitations(count)} ${count === 1 ? 'revogado' : 'revogados'}.`,
  listBulkResent: (count: number, formatted: string) =>
    `${formatted} ${invitations(count)} ${count === 1 ? 'reenviado' : 'reenviados'}.`,
  listBulkFailed: (count: number, formatted: string) =>
    count === 1
      ? `${formatted} falhou e continua selecionado.`
      : `${formatted} falharam e continuam selecionados.`,

  formEmailsLabel: 'Endereços de e-mail',
  formEmailsHint: 'Separe vários endereços com vírgulas, espaços ou quebras de linha.',
  formAddresses: 'Endereços a convidar',
  formRemoveAddress: (email: string) => `Remover ${email}`,
  formAddressInvalidMark: 'endereço inválido',
  formAddressDuplicateMark: 'repetido',
  formAddressDomainMark: 'domínio não permitido',
  formEmailsRequired: 'Digite pelo menos um endereço de e-mail.',
  formEmailInvalid: (email: string) => `${email} não é um endereço de e-mail válido.`,
  formEmailDuplicate: (email: string) => `${email} aparece duas vezes.`,
  formEmailDomain: (email: string, domains: string) => `${email}: os convites só vão para endereços de ${domains}.`,
  formEmailRejected: (email: string, reason: string) => `${email}: ${reason}`,
  formAlreadyInvited: 'Este endereço já tem um convite pendente.',
  formAlreadyMember: 'Este endereço já pertence a um membro.',

  formRoleLabel: 'Função',
  formRolesLabel: 'Funções',
  formRolePlaceholder: 'Escolha uma função',
  formRolesFreeHint: 'Chaves de função, separadas por vírgulas.',
  formRolesManyHint: 'Segure Ctrl (⌘ no Mac) para escolher várias.',
  formMoreOptions: 'Mais opções',
  formRolesLoading: 'Carregando funções…',
  formRolesFailed: (reason: string) => `Não foi possível carregar as funções: ${reason}`,
  formRolesRetry: 'Carregar as funções novamente',
  formRolesMin: (min: number) =>
    plural(min, { one: 'Escolha uma função.', other: `Escolha pelo menos ${min} funções.` }),
  formRolesMax: (max: number) =>
    plural(max, { one: 'Escolha apenas uma função.', other: `Escolha no máximo ${max} funções.` }),

  formExpiryLegend: 'Expira após',
  formExpiryDays: 'Dias',
  formExpiryHours: 'Horas',
  formExpiryPresetDays: (n: number) => plural(n, { one: `${n} dia`, other: `${n} dias` }),
  formExpiryPresetHours: (n: number) => plural(n, { one: `${n} hora`, other: `${n} horas` }),
  formExpiryRangeDays: (min: number, max: number) => `Digite um número inteiro de dias entre ${min} e ${max}.`,
  formExpiryRangeHours: (min: number, max: number) => `Digite um número inteiro de horas entre ${min} e ${max}.`,
  formExpiresOn: (date: string) => `Expira em ${date}.`,

  formSendEmail: 'Enviar o e-mail de convite',
  formSendEmailHint: 'Desmarque para criar o convite sem e-mail; depois, compartilhe o link você mesmo.',
  formForce: 'Reenviar se já tiver sido convidado',
  formForceHint: 'Substitui um convite pendente para o mesmo endereço.',
  formForceSuggest:
    'Alguns endereços já têm um convite pendente. Marque “Reenviar se já tiver sido convidado” para substituí-lo.',

  formSubmit: (count: number) => (count > 1 ? `Enviar ${count} convites` : 'Enviar convite'),
  formStop: 'Parar o envio',
  formSending: (done: number, total: number) => `Enviando ${done + 1} de ${total}…`,
  formRateLimited: 'O servidor pediu para ir mais devagar; o envio será retomado em instantes.',
  formResumeIn: (seconds: number) => `O envio será retomado em ${seconds} s…`,

  formSentOne: (email: string) => `Convite enviado para ${email}`,
  formSentMany: (count: number) => `${count} convites enviados`,
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? plural(total, {
          one: 'Não foi possível enviar o convite.',
          other: 'Não foi possível enviar nenhum dos convites.',
        })
      : `Não foi possível enviar ${failed} de ${total} convites.`) + ' Os endereços não enviados continuam no campo.',
  formStopped: 'Envio interrompido. Os endereços não enviados continuam no campo.',
  formResults: 'Resultados',
  formResultSent: 'enviado',
  formResultFailed: (reason: string) => `não enviado: ${reason}`,
  formResultSkipped: 'não enviado (o envio foi interrompido antes)',
  formCheckAttribute: (message: string, attribute: string) => `${message} Verifique o atributo ${attribute}.`,
  formMissingFields: (attributes: string, count: number) =>
    `Este provedor precisa de um valor para ${plural(count, { one: 'o atributo', other: 'os atributos' })} ${attributes} de <invite-form>.`,
} satisfies Messages;
