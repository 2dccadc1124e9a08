import type { Messages } from '../en.js';

/** Japanese (no grammatical plural: `Intl.PluralRules('ja')` has `other` only). */
export default {
  statusPending: '保留中',
  statusProcessing: '処理中',
  statusAccepted: '承諾済み',
  statusRevoked: '取り消し済み',
  statusExpired: '期限切れ',
  statusFailed: '失敗',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `不明なプロバイダー「${provider}」です。${names ? `${names} のいずれかを使うか、adapter プロパティを設定してください。` : 'アダプターが登録されていません。registerAdapter() を呼び出すか、adapter プロパティを設定してください。'}`
      : `プロバイダーが設定されていません。provider 属性${names ? `（${names}）` : ''}または adapter プロパティを設定してください。`,
  noEndpoint: 'エンドポイントが設定されていません。endpoint 属性に招待コレクションの URL を設定してください。',
  retryIn: (seconds: number) => `${seconds} 秒後に再試行します…`,

  listCaption: '招待',
  listColumnEmail: 'メールアドレス',
  listColumnStatus: 'ステータス',
  listColumnRoles: 'ロール',
  listColumnInviter: '招待者',
  listColumnCreated: '送信日時',
  listColumnExpires: '有効期限',
  listColumnActions: '操作',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `期限切れ（${relative}）`,

  listSearchLabel: 'メールアドレスで検索',
  listSearchPlaceholder: 'name@example.com',
  listStatusFilterLabel: 'ステータス',
  listSortLabel: '並べ替え',
  listRoleFilterLabel: 'ロール',
  listRoleAll: 'すべてのロール',
  listSortNewest: (field: string) => `${field}（新しい順）`,
  listSortOldest: (field: string) => `${field}（古い順）`,
  listSortAscending: (field: string) => `${field}（昇順）`,
  listSortDescending: (field: string) => `${field}（降順）`,
  listFieldUpdated: '更新日時',
  listFieldId: 'ID',
  listFieldLink: '招待リンク',
  listDetails: '詳細',
  listDetailsLabel: (email: string) => `${email} の詳細`,
  listPageSizeLabel: '1 ページあたりの行数',

  listPagination: 'ページ送り',
  listPrevious: '前のページ',
  listNext: '次のページ',
  listPreviousPage: '前のページ',
  listNextPage: '次のページ',
  listGoToPage: (page: string) => `${page} ページ目`,
  listRange: (from: string, to: string, total: string) => `${total} 件中 ${from}–${to} 件`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to} 件`,
  listPage: (page: string) => `${page} ページ目`,
  listPageOf: (page: string, pages: string) => `${page} / ${pages} ページ`,
  listLimitReached:
    'プロバイダーはこれ以上の招待を返しません。残りを表示するには、並べ替えの順序かフィルターを変更してください。',

  listLoading: '招待を読み込んでいます…',
  listNewMark: '新規',
  listNewInvitations: (_count: number, formatted: string) => `新しい招待 ${formatted} 件を先頭に表示`,
  listLoaded: (page: string, count: number, formatted: string) =>
    count === 0 ? `${page}、招待はありません` : `${page}、招待 ${formatted} 件`,
  listEmpty: 'まだ招待はありません。',
  listEmptyFiltered: 'このフィルターに一致する招待はありません。',
  listClearFilters: 'フィルターをクリア',
  listLoadFailed: '招待を読み込めませんでした。',
  listRetry: '再試行',
  listRetryAfter: (seconds: string) => `サーバーから、再試行まで ${seconds} 秒待つよう求められています。`,
  listDismiss: '閉じる',

  listRevoke: '取り消す',
  listRevokeLabel: (email: string) => `${email} への招待を取り消す`,
  listConfirmRevoke: (email: string) => `${email} への招待を取り消しますか？`,
  listConfirmShort: '本当に取り消しますか？',
  listConfirm: '取り消す',
  listConfirmLabel: (email: string) => `${email} への招待を今すぐ取り消す`,
  listCancel: 'キャンセル',
  listRevoked: (email: string) => `${email} への招待を取り消しました。`,
  listRevokeFailed: (email: string, reason: string) => `${email} への招待を取り消せませんでした：${reason}`,
  listResend: '再送信',
  listResendLabel: (email: string) => `${email} に招待を再送信`,
  listResending: (email: string) => `${email} に招待を再送信しています…`,
  listResent: (email: string) => `${email} に招待を再送信しました。`,
  listResendFailed: (email: string, reason: string) => `${email} に招待を再送信できませんでした：${reason}`,
  listCopyLink: 'リンクをコピー',
  listCopyLinkLabel: (email: string) => `${email} への招待のリンクをコピー`,
  listCopied: 'コピーしました',
  listCopiedLabel: (email: string) => `${email} への招待のリンクをコピーしました`,
  listCopyFailed: 'リンクをコピーできませんでした。ブラウザーがクリップボードへのアクセスを許可しませんでした。',

  formEmailsLabel: 'メールアドレス',
  formEmailsHint: '複数のアドレスは、カンマ、スペース、改行のいずれかで区切ってください。',
  formAddresses: '招待するアドレス',
  formRemoveAddress: (email: string) => `${email} を削除`,
  formAddressInvalidMark: '無効なアドレス',
  formAddressDuplicateMark: '重複',
  formAddressDomainMark: '許可されていないドメイン',
  formEmailsRequired: 'メールアドレスを 1 つ以上入力してください。',
  formEmailInvalid: (email: string) => `${email} は有効なメールアドレスではありません。`,
  formEmailDuplicate: (email: string) => `${email} が重複しています。`,
  formEmailDomain: (email: string, domains: string) => `${email}: 招待できるのは ${domains} のアドレスのみです。`,
  formEmailRejected: (email: string, reason: string) => `${email}：${reason}`,
  formAlreadyInvited: 'このアドレスには、保留中の招待がすでにあります。',
  formAlreadyMember: 'このアドレスは、すでにメンバーのものです。',

  formRoleLabel: 'ロール',
  formRolesLabel: 'ロール',
  formRolePlaceholder: 'ロールを選択',
  formRolesFreeHint: 'ロールのキーをカンマ区切りで入力します。',
  formRolesManyHint: '複数選ぶには Ctrl（Mac では ⌘）を押しながら選択します。',
  formRolesLoading: 'ロールを読み込んでいます…',
  formRolesFailed: (reason: string) => `ロールを読み込めませんでした：${reason}`,
  formRolesRetry: 'ロールを再読み込み',
  formRolesMin: (min: number) =>
    min === 1 ? 'ロールを選択してください。' : `ロールを ${min} 個以上選択してください。`,
  formRolesMax: (max: number) =>
    max === 1 ? 'ロールは 1 つだけ選択してください。' : `ロールは ${max} 個まで選択できます。`,

  formExpiryLegend: '有効期間',
  formExpiryDays: '日数',
  formExpiryHours: '時間数',
  formExpiryPresetDays: (n: number) => `${n} 日`,
  formExpiryPresetHours: (n: number) => `${n} 時間`,
  formExpiryRangeDays: (min: number, max: number) => `日数は ${min}～${max} の整数で入力してください。`,
  formExpiryRangeHours: (min: number, max: number) => `時間数は ${min}～${max} の整数で入力してください。`,
  formExpiresOn: (date: string) => `有効期限：${date}`,

  formSendEmail: '招待メールを送信する',
  formSendEmailHint: 'オフにすると、メールを送らずに招待を作成します。リンクはご自身で共有してください。',
  formForce: '招待済みの場合は再送信する',
  formForceHint: '同じアドレスへの保留中の招待を置き換えます。',
  formForceSuggest:
    '一部のアドレスには、保留中の招待がすでにあります。置き換えるには「招待済みの場合は再送信する」をオンにしてください。',

  formSubmit: (count: number) => (count > 1 ? `${count} 件の招待を送信` : '招待を送信'),
  formStop: '送信を中止',
  formSending: (done: number, total: number) => `${total} 件中 ${done + 1} 件目を送信しています…`,
  formRateLimited: 'サーバーから送信ペースを落とすよう求められました。まもなく送信を再開します。',
  formResumeIn: (seconds: number) => `${seconds} 秒後に送信を再開します…`,

  formSentOne: (email: string) => `${email} に招待を送信しました`,
  formSentMany: (count: number) => `${count} 件の招待を送信しました`,
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? total === 1
        ? '招待を送信できませんでした。'
        : '招待を 1 件も送信できませんでした。'
      : `${total} 件中 ${failed} 件の招待を送信できませんでした。`) +
    '送信されなかったアドレスは入力欄に残っています。',
  formStopped: '送信を中止しました。送信されなかったアドレスは入力欄に残っています。',
  formResults: '結果',
  formResultSent: '送信済み',
  formResultFailed: (reason: string) => `未送信：${reason}`,
  formResultSkipped: '未送信（その前に送信を中止しました）',
  formCheckAttribute: (message: string, attribute: string) => `${message} ${attribute} 属性を確認してください。`,
  formMissingFields: (attributes: string, _count: number) =>
    `このプロバイダーでは、<invite-form> の ${attributes} 属性に値が必要です。`,
} satisfies Messages;
