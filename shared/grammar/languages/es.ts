import type { ResolutionGrammar } from '../resolutionLanguage';

/**
 * Spanish, as ITU's Spanish texts write it: `RESOLUCIÓN 31 (Estambul, 2002)`, revised
 * `(Rev. Hammamet, 2016)`; `La Conferencia Mundial de Desarrollo de las Telecomunicaciones
 * (Estambul, 2002),`; calls `considerando`, `reconociendo`, `teniendo en cuenta`, `resuelve`,
 * `invita`; labels `a)`, `bbis)`; `Addéndum 3 al Documento 55-S`, `Original: inglés`.
 */
export const spanish: ResolutionGrammar = {
  code: 'es',
  englishName: 'Spanish',
  ownName: 'español',
  locale: 'es-ES',
  direction: 'ltr',
  documentLetter: 'S',
  scripts: ['Latin'],

  numberLine: 'RESOLUCIÓN {number} {when}',
  draftNew: 'PROYECTO DE NUEVA RESOLUCIÓN [{id}]',
  resolutionName: 'Resolución {number} {when}',
  when: '({revised}{place}, {year})',
  revised: 'Rev. ',
  conferenceLine: '{conference} {when},',
  conferenceLead: ['La', 'El'],
  wtdc: { name: 'La Conferencia Mundial de Desarrollo de las Telecomunicaciones', short: 'CMDT' },
  conferences: [
    { name: 'La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones', short: 'PP' },
    { name: 'La Conferencia de Plenipotenciarios', short: 'PP' },
    { name: 'La Asamblea Mundial de Normalización de las Telecomunicaciones', short: 'AMNT' },
    { name: 'La Conferencia Mundial de Radiocomunicaciones', short: 'CMR' },
  ],
  places: {
    'Buenos Aires': 'Buenos Aires',
    Valletta: 'La Valetta',
    Istanbul: 'Estambul',
    Doha: 'Doha',
    Hyderabad: 'Hyderabad',
    Dubai: 'Dubái',
    Kigali: 'Kigali',
    Baku: 'Bakú',
  },

  preambularCalls: [
    'considerando',
    'considerando además',
    'reconociendo',
    'reconociendo además',
    'observando',
    'observando además',
    'teniendo presente',
    'recordando',
    'convencida',
    'destacando',
    'teniendo en cuenta',
  ],
  operativeCalls: [
    'resuelve',
    'resuelve encargar al Director de la Oficina de Desarrollo de las Telecomunicaciones',
    'encarga al Director de la Oficina de Desarrollo de las Telecomunicaciones',
    'encarga además al Director de la Oficina de Desarrollo de las Telecomunicaciones',
    'encarga al Secretario General',
    'pide al Secretario General',
    'invita a los Estados Miembros',
    'invita a los Estados Miembros y a los Miembros de Sector',
    'alienta a los Estados Miembros',
  ],
  operativeVerbs: ['resuelve', 'decide', 'encarga', 'invita', 'pide', 'solicita', 'alienta', 'insta', 'exhorta', 'recomienda', 'aprueba', 'adopta', 'confía'],

  letters: 'latin',
  punctuation: { comma: ',', semicolon: ';', stop: '.', colon: ':' },
  citation: {
    open: ['Resoluciones', 'Resolución'],
    close: '',
    separators: [', y ', ', ', ' y '],
    thisConference: ['de la presente Conferencia', 'de la presente conferencia', 'de esta Conferencia'],
    wtdc: ['de la Conferencia Mundial de Desarrollo de las Telecomunicaciones', 'de la CMDT'],
    otherBodies: ['de la ', 'del ', 'de '],
  },
  numberJoiners: [',', '\u00A0', '\u202F'],

  cover: {
    plenaryMeeting: 'SESIÓN PLENARIA',
    document: 'Documento {reference}',
    addendum: 'Addéndum {addendum} al Documento {reference}',
    original: 'Original: {language}',
    languageNames: { en: 'inglés', fr: 'francés', es: 'español', ar: 'árabe', zh: 'chino', ru: 'ruso' },
    source: 'Origen',
    title: 'Título',
    priorityArea: 'Área prioritaria',
    summary: 'Resumen',
    expectedResults: 'Resultados esperados',
    references: 'Referencias',
    contact: 'Contacto',
    contactName: 'Nombre/Organización/Entidad',
    phone: 'Número de teléfono',
    email: 'Correo electrónico',
    reasons: 'Motivos',
  },
};
