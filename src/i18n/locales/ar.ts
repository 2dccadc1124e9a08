import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

/**
 * Arabic (right to left). Counted nouns take all six forms of `Intl.PluralRules('ar')`: zero, one, two, few (3–10),
 * many (11–99) and other (100, 101, …). Raw numbers are written with the language's digits, as `localize.number()`
 * writes the pre-formatted ones.
 */
const plural = plurals('ar');
const n = (value: number) => new Intl.NumberFormat('ar').format(value);

/** "دعوة": the noun as it follows a number. */
const invitations = (count: number, formatted = n(count)) =>
  plural(count, {
    zero: 'لا دعوات',
    one: 'دعوة واحدة',
    two: 'دعوتان',
    few: `${formatted} دعوات`,
    many: `${formatted} دعوة`,
    other: `${formatted} دعوة`,
  });

/** "صف": the noun as it follows a number. */
const rows = (count: number, formatted = n(count)) =>
  plural(count, {
    zero: 'لا صفوف',
    one: 'صف واحد',
    two: 'صفان',
    few: `${formatted} صفوف`,
    many: `${formatted} صفًا`,
    other: `${formatted} صف`,
  });

export default {
  statusPending: 'قيد الانتظار',
  statusProcessing: 'قيد المعالجة',
  statusAccepted: 'مقبولة',
  statusRevoked: 'مسحوبة',
  statusExpired: 'منتهية الصلاحية',
  statusFailed: 'فشلت',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `المزوّد «${provider}» غير معروف. ${names ? `استخدم ${names}، أو عيّن الخاصية adapter.` : 'لا يوجد أي مُحوِّل مسجَّل: استدعِ registerAdapter()، أو عيّن الخاصية adapter.'}`
      : `لم يُحدَّد أي مزوّد. عيّن السمة provider${names ? ` (${names})` : ''} أو الخاصية adapter.`,
  noEndpoint: 'لم تُحدَّد نقطة النهاية. عيّن في السمة endpoint عنوان URL لمجموعة الدعوات.',
  retryIn: (seconds: number) =>
    `إعادة المحاولة خلال ${plural(seconds, {
      one: 'ثانية واحدة',
      two: 'ثانيتين',
      few: `${n(seconds)} ثوانٍ`,
      other: `${n(seconds)} ثانية`,
    })}…`,

  listCaption: 'الدعوات',
  listColumnEmail: 'البريد الإلكتروني',
  listColumnStatus: 'الحالة',
  listColumnRoles: 'الأدوار',
  listColumnInviter: 'بدعوة من',
  listColumnCreated: 'تاريخ الإرسال',
  listColumnExpires: 'تاريخ الانتهاء',
  listColumnActions: 'الإجراءات',
  listNoValue: '—',
  listExpiredAgo: (relative: string) => `انتهت صلاحيتها ${relative}`,

  listSearchLabel: 'البحث بالبريد الإلكتروني',
  listSearchPlaceholder: 'name@example.com',
  listStatusFilterLabel: 'الحالة',
  listSortLabel: 'الترتيب',
  listRoleFilterLabel: 'الدور',
  listRoleAll: 'كل الأدوار',
  listSortNewest: (field: string) => `${field}، الأحدث أولًا`,
  listSortOldest: (field: string) => `${field}، الأقدم أولًا`,
  listSortAscending: (field: string) => `${field}، تصاعديًا`,
  listSortDescending: (field: string) => `${field}، تنازليًا`,
  listFieldUpdated: 'تاريخ التحديث',
  listFieldId: 'المعرّف',
  listFieldLink: 'رابط الدعوة',
  listDetails: 'التفاصيل',
  listDetailsLabel: (email: string) => `تفاصيل ${email}`,
  listPageSizeLabel: 'عدد الصفوف في الصفحة',

  listPagination: 'التنقل بين الصفحات',
  listPrevious: 'السابق',
  listNext: 'التالي',
  listPreviousPage: 'الصفحة السابقة',
  listNextPage: 'الصفحة التالية',
  listGoToPage: (page: string) => `الصفحة ${page}`,
  listRange: (from: string, to: string, total: string) => `${from}–${to} من ${total}`,
  listRangeNoTotal: (from: string, to: string) => `${from}–${to}`,
  listPage: (page: string) => `الصفحة ${page}`,
  listPageOf: (page: string, pages: string) => `الصفحة ${page} من ${pages}`,
  listLimitReached: 'لا يعرض المزوّد مزيدًا من الدعوات. غيّر الترتيب أو عوامل التصفية للوصول إلى الباقي.',

  listLoading: 'جارٍ تحميل الدعوات…',
  listNewMark: 'جديدة',
  listNewInvitations: (count: number, formatted: string) =>
    plural(count, {
      one: 'دعوة جديدة واحدة في الأعلى',
      two: 'دعوتان جديدتان في الأعلى',
      few: `${formatted} دعوات جديدة في الأعلى`,
      other: `${formatted} دعوة جديدة في الأعلى`,
    }),
  listLoaded: (page: string, count: number, formatted: string) => `${page}، ${invitations(count, formatted)}`,
  listEmpty: 'لا توجد دعوات بعد.',
  listEmptyFiltered: 'لا توجد دعوات تطابق عوامل التصفية هذه.',
  listClearFilters: 'مسح عوامل التصفية',
  listLoadFailed: 'تعذّر تحميل الدعوات.',
  listRetry: 'إعادة المحاولة',
  listRetryAfter: (seconds: string) => `يطلب الخادم الانتظار ${seconds} ث قبل إعادة المحاولة.`,
  listDismiss: 'إغلاق',
  listInvite: 'دعوة',
  listInviteTitle: 'دعوة أشخاص',
  listClose: 'إغلاق',

  listRevoke: 'سحب',
  listRevokeLabel: (email: string) => `سحب الدعوة المرسلة إلى ${email}`,
  listConfirmRevoke: (email: string) => `هل تريد سحب الدعوة المرسلة إلى ${email}؟`,
  listConfirmShort: 'هل تريد سحبها فعلًا؟',
  listConfirm: 'سحب',
  listConfirmLabel: (email: string) => `سحب الدعوة المرسلة إلى ${email} الآن`,
  listCancel: 'إلغاء',
  listRevoked: (email: string) => `سُحبت الدعوة المرسلة إلى ${email}.`,
  listRevokeFailed: (email: string, reason: string) => `لم تُسحب الدعوة المرسلة إلى ${email}: ${reason}`,
  listResend: 'إعادة إرسال',
  listResendLabel: (email: string) => `إعادة إرسال الدعوة إلى ${email}`,
  listResending: (email: string) => `جارٍ إعادة إرسال الدعوة إلى ${email}…`,
  listResent: (email: string) => `أُعيد إرسال الدعوة إلى ${email}.`,
  listResendFailed: (email: string, reason: string) => `لم يُعَد إرسال الدعوة إلى ${email}: ${reason}`,
  listCopyLink: 'نسخ الرابط',
  listCopyLinkLabel: (email: string) => `نسخ الرابط الخاص بالدعوة المرسلة إلى ${email}`,
  listCopied: 'تم النسخ',
  listCopiedLabel: (email: string) => `تم النسخ: رابط الدعوة المرسلة إلى ${email}`,
  listCopyFailed: 'تعذّر نسخ الرابط. لم يسمح متصفحك بالوصول إلى الحافظة.',
  listSelectColumn: 'تحديد',
  listSelectPage: 'تحديد كل الدعوات في هذه الصفحة',
  listSelectRow: (email: string) => `تحديد الدعوة المرسلة إلى ${email}`,
  listSelected: (count: number, formatted: string) => `المحدد: ${invitations(count, formatted)}`,
  listClearSelection: 'إلغاء التحديد',
  listBulkRevoke: (count: number, formatted: string) => `سحب ${invitations(count, formatted)}`,
  listBulkResend: (count: number, formatted: string) => `إعادة إرسال ${invitations(count, formatted)}`,
  listBulkConfirm: (count: number, formatted: string) => `هل تريد سحب ${invitations(count, formatted)}؟`,
  listBulkRevoking: (current: string, total: string) => `جارٍ سحب ${current} من ${total}…`,
  listBulkResending: (current: string, total: string) => `جارٍ إعادة إرسال ${current} من ${total}…`,
  listBulkStop: 'إيقاف',
  listBulkRowRevoking: 'جارٍ السحب…',
  listBulkRowResending: 'جارٍ إعادة الإرسال…',
  listBulkRowResent: 'أُعيد إرسالها',
  listBulkNotRevoked: (reason: string) => `لم تُسحب: ${reason}`,
  listBulkNotResent: (reason: string) => `لم يُعَد إرسالها: ${reason}`,
  listBulkRevoked: (count: number, formatted: string) => `سُحبت ${invitations(count, formatted)}.`,
  listBulkResent: (count: number, formatted: string) => `أُعيد إرسال ${invitations(count, formatted)}.`,
  listBulkFailed: (count: number, formatted: string) => `أخفقت ${invitations(count, formatted)} وبقيت محددة.`,

  formEmailsLabel: 'عناوين البريد الإلكتروني',
  formEmailsHint: 'افصل بين العناوين بفواصل أو مسافات أو أسطر جديدة.',
  formAddresses: 'العناوين المراد دعوتها',
  formRemoveAddress: (email: string) => `إزالة ${email}`,
  formAddressInvalidMark: 'عنوان غير صالح',
  formAddressDuplicateMark: 'مكرّر',
  formAddressDomainMark: 'نطاق غير مسموح به',
  formEmailsRequired: 'أدخل عنوان بريد إلكتروني واحدًا على الأقل.',
  formEmailInvalid: (email: string) => `${email} ليس عنوان بريد إلكتروني صالحًا.`,
  formEmailDuplicate: (email: string) => `${email} مذكور مرتين.`,
  formEmailDomain: (email: string, domains: string) => `${email}: تُرسل الدعوات إلى عناوين ${domains} فقط.`,
  formEmailRejected: (email: string, reason: string) => `${email}: ${reason}`,
  formAlreadyInvited: 'لهذا العنوان دعوة قيد الانتظار بالفعل.',
  formAlreadyMember: 'هذا العنوان يخص عضوًا بالفعل.',
  formResendInstead: 'أعد الإرسال بدلًا من ذلك',
  formKeepPending: 'أبقِ الدعوة المعلّقة',
  formFixFor: (action: string, email: string) => `${action} (${email})`,
  formWillReplace: (email: string) => `${email}: ستحلّ هذه الدعوة محلّ دعوته المعلّقة.`,
  formAddressReplaceMark: 'يحلّ محلّ دعوته المعلّقة',

  formRoleLabel: 'الدور',
  formRolesLabel: 'الأدوار',
  formRolePlaceholder: 'اختر دورًا',
  formRolesFreeHint: 'مفاتيح الأدوار، مفصولة بفواصل.',
  formRolesManyHint: 'اضغط مع الاستمرار على Ctrl (⌘ على Mac) لاختيار أكثر من دور.',
  formMoreOptions: 'خيارات أخرى',
  formRolesLoading: 'جارٍ تحميل الأدوار…',
  formRolesFailed: (reason: string) => `تعذّر تحميل الأدوار: ${reason}`,
  formRolesRetry: 'إعادة تحميل الأدوار',
  formRolesMin: (min: number) =>
    plural(min, {
      one: 'اختر دورًا.',
      two: 'اختر دورين على الأقل.',
      few: `اختر ${n(min)} أدوار على الأقل.`,
      many: `اختر ${n(min)} دورًا على الأقل.`,
      other: `اختر ${n(min)} دور على الأقل.`,
    }),
  formRolesMax: (max: number) =>
    plural(max, {
      one: 'اختر دورًا واحدًا فقط.',
      two: 'اختر دورين على الأكثر.',
      few: `اختر ${n(max)} أدوار على الأكثر.`,
      many: `اختر ${n(max)} دورًا على الأكثر.`,
      other: `اختر ${n(max)} دور على الأكثر.`,
    }),

  formExpiryLegend: 'مدة الصلاحية',
  formExpiryDays: 'الأيام',
  formExpiryHours: 'الساعات',
  formExpiryPresetDays: (days: number) =>
    plural(days, {
      one: 'يوم واحد',
      two: 'يومان',
      few: `${n(days)} أيام`,
      many: `${n(days)} يومًا`,
      other: `${n(days)} يوم`,
    }),
  formExpiryPresetHours: (hours: number) =>
    plural(hours, {
      one: 'ساعة واحدة',
      two: 'ساعتان',
      few: `${n(hours)} ساعات`,
      many: `${n(hours)} ساعة`,
      other: `${n(hours)} ساعة`,
    }),
  formExpiryRangeDays: (min: number, max: number) => `أدخل عددًا صحيحًا من الأيام بين ${n(min)} و${n(max)}.`,
  formExpiryRangeHours: (min: number, max: number) => `أدخل عددًا صحيحًا من الساعات بين ${n(min)} و${n(max)}.`,
  formExpiresOn: (date: string) => `تنتهي الصلاحية في ${date}.`,

  formSendEmail: 'إرسال رسالة الدعوة بالبريد الإلكتروني',
  formSendEmailHint: 'ألغِ التحديد لإنشاء الدعوة دون رسالة بريد إلكتروني، ثم شارك رابطها بنفسك.',
  formForce: 'إعادة الإرسال إن كانت هناك دعوة سابقة',
  formForceHint: 'يستبدل الدعوة المعلّقة المرسلة إلى العنوان نفسه.',
  formForceSuggest: 'لبعض العناوين دعوات قيد الانتظار بالفعل. حدّد «إعادة الإرسال إن كانت هناك دعوة سابقة» لاستبدالها.',

  formSubmit: (count: number) =>
    count > 1
      ? plural(count, {
          two: 'إرسال دعوتين',
          few: `إرسال ${n(count)} دعوات`,
          many: `إرسال ${n(count)} دعوة`,
          other: `إرسال ${n(count)} دعوة`,
        })
      : 'إرسال الدعوة',
  formStop: 'إيقاف الإرسال',
  formSending: (done: number, total: number) => `جارٍ إرسال ${n(done + 1)} من ${n(total)}…`,
  formRateLimited: 'يطلب الخادم الإبطاء؛ سيُستأنف الإرسال قريبًا.',
  formResumeIn: (seconds: number) =>
    `يُستأنف الإرسال بعد ${plural(seconds, {
      one: 'ثانية واحدة',
      two: 'ثانيتين',
      few: `${n(seconds)} ثوانٍ`,
      other: `${n(seconds)} ثانية`,
    })}…`,

  formSentOne: (email: string) => `أُرسلت الدعوة إلى ${email}`,
  formSentMany: (count: number) => (count === 0 ? 'لم تُرسَل أي دعوة' : `أُرسلت ${invitations(count)}`),
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? total === 1
        ? 'تعذّر إرسال الدعوة.'
        : 'تعذّر إرسال أي من الدعوات.'
      : `تعذّر إرسال ${n(failed)} من الدعوات البالغ عددها ${n(total)}.`) + ' لا تزال العناوين التي لم تُرسَل في الحقل.',
  formStopped: 'توقّف الإرسال. لا تزال العناوين التي لم تُرسَل في الحقل.',
  formResults: 'النتائج',
  formResultSent: 'أُرسلت',
  formResultFailed: (reason: string) => `لم تُرسَل: ${reason}`,
  formResultSkipped: 'لم تُرسَل (توقّف الإرسال قبلها)',
  formImport: 'استيراد ملف CSV',
  formDropFile: 'أفلت الملف هنا لاستيراد صفوفه',
  formImportLoadFailed: (reason: string) => `تعذّر تحميل الاستيراد: ${reason}`,
  formImportCaption: (name: string) => `صفوف ${name}`,
  formImportPasted: 'الصفوف الملصقة',
  formImportSummary: (ready: number, problems: number) =>
    `${rows(ready + problems)}: ${n(ready)} جاهزة، و${n(problems)} بها مشكلات.`,
  formImportNotSent: 'لا تُرسَل الصفوف التي بها مشكلات.',
  formImportResult: (sent: number, left: number) =>
    `أُرسلت ${invitations(sent)}؛ ولم يُرسَل ${rows(left)}، وهي مدرجة أدناه.`,
  formImportColumnRow: 'الصف',
  formImportColumnEmail: 'البريد الإلكتروني',
  formImportColumnRole: 'الدور',
  formImportColumnStatus: 'الحالة',
  formImportColumnActions: 'الإجراءات',
  formImportReady: 'جاهز',
  formImportChecking: 'جارٍ التحقق…',
  formImportRowEmpty: 'لا يوجد عنوان',
  formImportRowInvalid: 'عنوان غير صالح',
  formImportRowDomain: (domains: string) => `تُرسل الدعوات إلى عناوين ${domains} فقط`,
  formImportRowDuplicate: (line: number) => `مذكور من قبل في الصف ${n(line)}`,
  formImportRowInField: 'موجود بالفعل في حقل العناوين',
  formImportRowRoleUnknown: (role: string) => `دور غير معروف: ${role}`,
  formImportRemoveRow: (line: number, email: string) => `إزالة الصف ${n(line)}${email ? ` (${email})` : ''}`,
  formImportRoleFor: (line: number) => `دور الصف ${n(line)}`,
  formImportCancel: 'إلغاء',
  formImportClose: 'إغلاق',
  formImportDownload: 'تنزيل الصفوف غير المرسلة (CSV)',
  formImportEmpty: 'لا يحتوي هذا الملف على صفوف للاستيراد.',
  formImportBinary: 'هذا ليس ملف CSV أو ملفًا نصيًا.',
  formImportTooLarge: (megabytes: number) => `حجم هذا الملف أكبر من ${n(megabytes)} ميغابايت.`,
  formImportTooMany: (count: number, max: number) =>
    `يحتوي هذا الملف على ${rows(count)}؛ استورد ${n(max)} صف على الأكثر في كل مرة.`,
  formImportUnreadable: (reason: string) => `تعذّرت قراءة الملف: ${reason}`,
  formCheckAttribute: (message: string, attribute: string) => `${message} تحقّق من السمة ${attribute}.`,
  formMissingFields: (attributes: string, count: number) =>
    `يحتاج هذا المزوّد إلى قيمة ${plural(count, { one: 'للسمة', two: 'للسمتين', other: 'للسمات' })} ${attributes} في <invite-form>.`,
} satisfies Messages;
