import type { ResolutionGrammar } from '../resolutionLanguage';

/**
 * Arabic, as ITU's Arabic texts write it, right to left: `القرار 5 (المراجَع في بوينس آيرس، 2017)`
 * (the Arabic comma, Western digits), `إن المؤتمر العالمي لتنمية الاتصالات (كيغالي، 2022)،`; calls
 * `إذ يضع في اعتباره`, `وإذ يدرك`, `يقرر`, `يكلف …`; lettered items in abjad order `أ)`, `ب)`,
 * `ج)`; end punctuation `؛` `،` `.`; the proposal symbols ADD/MOD/SUP stay in Latin letters;
 * `الوثيقة 42-A`, `الأصل: بالإنكليزية`.
 */
export const arabic: ResolutionGrammar = {
  code: 'ar',
  englishName: 'Arabic',
  ownName: 'العربية',
  locale: 'ar-SA',
  direction: 'rtl',
  documentLetter: 'A',
  scripts: ['Arabic'],

  numberLine: 'القرار {number} {when}',
  draftNew: 'مشروع قرار جديد [{id}]',
  resolutionName: 'القرار {number} {when}',
  when: '({revised}{place}، {year})',
  revised: 'المراجَع في ',
  conferenceLine: '{conference} {when}،',
  conferenceLead: ['إن'],
  wtdc: { name: 'إن المؤتمر العالمي لتنمية الاتصالات', short: 'WTDC' },
  conferences: [
    { name: 'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات', short: 'PP' },
    { name: 'إن مؤتمر المندوبين المفوضين', short: 'PP' },
    { name: 'إن الجمعية العالمية لتقييس الاتصالات', short: 'WTSA' },
    { name: 'إن المؤتمر العالمي للاتصالات الراديوية', short: 'WRC' },
  ],
  places: {
    'Buenos Aires': 'بوينس آيرس',
    Valletta: 'فاليتا',
    Istanbul: 'إسطنبول',
    Doha: 'الدوحة',
    Hyderabad: 'حيدر آباد',
    Dubai: 'دبي',
    Kigali: 'كيغالي',
    Baku: 'باكو',
  },

  preambularCalls: [
    'إذ يضع في اعتباره',
    'وإذ يضع في اعتباره أيضاً',
    'وإذ يدرك',
    'وإذ يدرك أيضاً',
    'وإذ يلاحظ',
    'وإذ يلاحظ أيضاً',
    'وإذ يضع في حسبانه',
    'وإذ يشير إلى',
    'واقتناعاً منه',
    'وإذ يؤكد',
    'وإذ يأخذ في الاعتبار',
  ],
  operativeCalls: [
    'يقرر',
    'يقرر أن يكلف مدير مكتب تنمية الاتصالات',
    'يكلف مدير مكتب تنمية الاتصالات',
    'يكلف كذلك مدير مكتب تنمية الاتصالات',
    'يكلف الأمين العام',
    'يطلب إلى الأمين العام',
    'يدعو الدول الأعضاء',
    'يدعو الدول الأعضاء وأعضاء القطاع',
    'يشجع الدول الأعضاء',
  ],
  operativeVerbs: ['يقرر', 'ويقرر', 'يكلف', 'ويكلف', 'يدعو', 'ويدعو', 'يطلب', 'ويطلب', 'يشجع', 'ويشجع', 'يحث', 'ويحث', 'يناشد', 'يوصي', 'يعتمد', 'يوافق'],

  letters: 'abjad',
  punctuation: { comma: '،', semicolon: '؛', stop: '.', colon: ':' },
  citation: {
    open: ['القرارات', 'القرارين', 'القراران', 'القرار', 'للقرارات', 'للقرارين', 'للقرار', 'بالقرارات', 'بالقرارين', 'بالقرار', 'والقرارات', 'والقرارين', 'والقرار'],
    close: '',
    separators: ['، و', ' و', '، ', 'و'],
    thisConference: ['الصادر عن هذا المؤتمر', 'الصادرين عن هذا المؤتمر', 'الصادرة عن هذا المؤتمر', 'لهذا المؤتمر'],
    wtdc: ['الصادر عن المؤتمر العالمي لتنمية الاتصالات', 'الصادرين عن المؤتمر العالمي لتنمية الاتصالات', 'الصادرة عن المؤتمر العالمي لتنمية الاتصالات', 'للمؤتمر العالمي لتنمية الاتصالات'],
    otherBodies: ['الصادر عن ', 'الصادرين عن ', 'الصادرة عن ', 'لمؤتمر ', 'للجمعية '],
  },
  numberJoiners: ['٫', '٬'],

  cover: {
    plenaryMeeting: 'الجلسة العامة',
    document: 'الوثيقة {reference}',
    addendum: 'الإضافة {addendum} للوثيقة {reference}',
    original: 'الأصل: {language}',
    languageNames: { en: 'بالإنكليزية', fr: 'بالفرنسية', es: 'بالإسبانية', ar: 'بالعربية', zh: 'بالصينية', ru: 'بالروسية' },
    source: 'المصدر',
    title: 'العنوان',
    priorityArea: 'مجال الأولوية',
    summary: 'ملخص',
    expectedResults: 'النتائج المتوقعة',
    references: 'المراجع',
    contact: 'جهة الاتصال',
    contactName: 'الاسم/المنظمة/الكيان',
    phone: 'رقم الهاتف',
    email: 'البريد الإلكتروني',
    reasons: 'الأسباب',
  },
};
