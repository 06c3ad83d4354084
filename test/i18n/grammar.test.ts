/**
 * The resolution grammar in the six languages, read and written from each language's data
 * module: number lines (revised, in capitals, half-width or full-width, with or without Arabic
 * diacritics), draft new resolution headings, conference lines, calls, labels and their sequences
 * (`bbis)`, Cyrillic lookalikes, abjad letters), end punctuation and citations.
 */
import { describe, expect, it } from 'vitest';
import { isOperativeCall, listKindForCall, standardCallPhrases } from '../../shared/grammar/callPhrase';
import { conferenceLineFor, conferenceRevisionEdit, isConferenceLine, parseConferenceLine, shortNameOfConference } from '../../shared/grammar/conferenceLine';
import { isLabel, kindStartingWith, listLabels, readLabel } from '../../shared/grammar/labels';
import {
  draftNewId,
  draftNewNumberLine,
  headingNumber,
  isDraftNewNumberLine,
  isNumberLine,
  numberLineFor,
  numberLineLanguage,
  parseNumberLine,
  resolutionName,
  resolutionNumberOf,
  revisionOf,
  withRevision,
} from '../../shared/grammar/numberLine';
import { endMarkFor, endRoleOf, hasParagraphEnd } from '../../shared/grammar/paragraphEnd';
import { resolutionCitations } from '../../shared/grammar/resolutionCitation';
import { LANGUAGE_CODES } from '../../shared/grammar/resolutionLanguage';
import { languageOfResolution, languageOfText } from '../../shared/grammar/textLanguage';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';

describe('number lines in the six languages', () => {
  it.each([
    ['en', 'RESOLUTION 5 (Rev. Kigali, 2022)', '5', { revised: true, place: 'Kigali', year: 2022 }],
    ['fr', 'RÉSOLUTION 71 (Rév. Busan, 2014)', '71', { revised: true, place: 'Busan', year: 2014 }],
    ['fr', 'RÉSOLUTION 71 (RÉV. BUSAN, 2014)', '71', { revised: true, place: 'BUSAN', year: 2014 }],
    ['fr', 'RÉSOLUTION 71 (Minneapolis, 1998)', '71', { revised: false, place: 'Minneapolis', year: 1998 }],
    ['es', 'RESOLUCIÓN 31 (Estambul, 2002)', '31', { revised: false, place: 'Estambul', year: 2002 }],
    ['es', 'RESOLUCIÓN 31 (Rev. Hammamet, 2016)', '31', { revised: true, place: 'Hammamet', year: 2016 }],
    ['ru', 'РЕЗОЛЮЦИЯ 5 (Пересм. Кигали, 2022 г.)', '5', { revised: true, place: 'Кигали', year: 2022 }],
    ['ru', 'РЕЗОЛЮЦИЯ 71 (Миннеаполис, 1998 г.)', '71', { revised: false, place: 'Миннеаполис', year: 1998 }],
    ['ru', 'РЕЗОЛЮЦИЯ 71 (ПЕРЕСМ. ПУСАН, 2014 Г.)', '71', { revised: true, place: 'ПУСАН', year: 2014 }],
    ['ar', 'القرار 5 (المراجَع في بوينس آيرس، 2017)', '5', { revised: true, place: 'بوينس آيرس', year: 2017 }],
    ['ar', 'القرار 5 (المراجع في بوينس آيرس، 2017)', '5', { revised: true, place: 'بوينس آيرس', year: 2017 }],
    ['ar', 'القرار 12 (دبي، 2014)', '12', { revised: false, place: 'دبي', year: 2014 }],
    ['zh', '第66号决议（2018年，迪拜，修订版）', '66', { revised: true, place: '迪拜', year: 2018 }],
    ['zh', '第66号决议(1998年,明尼阿波利斯,修订版)', '66', { revised: true, place: '明尼阿波利斯', year: 1998 }],
    ['zh', '第1号决议（2014年，迪拜）', '1', { revised: false, place: '迪拜', year: 2014 }],
    ['zh', '第 66 号决议（2018 年，迪拜，修订版）', '66', { revised: true, place: '迪拜', year: 2018 }],
  ])('%s: %s', (language, line, number, when) => {
    expect(isNumberLine(line)).toBe(true);
    const parts = parseNumberLine(line);
    expect(parts?.language).toBe(language);
    expect(resolutionNumberOf(line)).toBe(number);
    expect(parts?.when).toMatchObject(when);
    expect(line.slice(parts!.when!.from, parts!.when!.to)).toMatch(/^[(（].*[)）]$/);
    expect(headingNumber(line)).toBe(number);
  });

  it('is written from the data in each language, and read back as written', () => {
    const written = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, numberLineFor('34', 'Baku', 2025, code)]));
    expect(written).toEqual({
      en: 'RESOLUTION 34 (Rev. Baku, 2025)',
      fr: 'RÉSOLUTION 34 (Rév. Baku, 2025)',
      es: 'RESOLUCIÓN 34 (Rev. Baku, 2025)',
      ru: 'РЕЗОЛЮЦИЯ 34 (Пересм. Baku, 2025 г.)',
      ar: 'القرار 34 (المراجَع في Baku، 2025)',
      zh: '第34号决议（2025年，Baku，修订版）',
    });
    for (const code of LANGUAGE_CODES) {
      expect(numberLineLanguage(written[code])).toBe(code);
      expect(revisionOf(written[code])).toEqual({ place: 'Baku', year: 2025 });
    }
  });

  it('is revised for a target conference in its own language, in capitals when it is in capitals', () => {
    expect(withRevision('RÉSOLUTION 17 (Rév. Kigali, 2022)', 'Bakou', 2025)).toBe('RÉSOLUTION 17 (Rév. Bakou, 2025)');
    expect(withRevision('RÉSOLUTION 71 (RÉV. BUSAN, 2014)', 'Bakou', 2025)).toBe('RÉSOLUTION 71 (RÉV. BAKOU, 2025)');
    expect(withRevision('RESOLUCIÓN 31 (Estambul, 2002)', 'Bakú', 2025)).toBe('RESOLUCIÓN 31 (Rev. Bakú, 2025)');
    expect(withRevision('РЕЗОЛЮЦИЯ 5 (Пересм. Кигали, 2022 г.)', 'Баку', 2025)).toBe('РЕЗОЛЮЦИЯ 5 (Пересм. Баку, 2025 г.)');
    expect(withRevision('القرار 5 (المراجَع في كيغالي، 2022)', 'باكو', 2025)).toBe('القرار 5 (المراجَع في باكو، 2025)');
    expect(withRevision('第5号决议（2022年，基加利，修订版）', '巴库', 2025)).toBe('第5号决议（2025年，巴库，修订版）');
    expect(withRevision('RESOLUTION 34 (Rev. Kigali, 2022)', 'Baku', 2025)).toBe('RESOLUTION 34 (Rev. Baku, 2025)');
  });

  it('names the resolution as running text does', () => {
    expect(resolutionName('RESOLUTION\u00A018 (Rev. Kigali, 2022)')).toBe('Resolution\u00A018 (Rev. Kigali, 2022)');
    expect(resolutionName('RÉSOLUTION 17 (Rév. Kigali, 2022)')).toBe('Résolution 17 (Rév. Kigali, 2022)');
    expect(resolutionName('РЕЗОЛЮЦИЯ 5 (Пересм. Кигали, 2022 г.)')).toBe('Резолюция 5 (Пересм. Кигали, 2022 г.)');
    expect(resolutionName('第5号决议（2022年，基加利，修订版）')).toBe('第5号决议（2022年，基加利，修订版）');
  });

  it('has a draft new resolution heading in each language', () => {
    for (const code of LANGUAGE_CODES) {
      const line = draftNewNumberLine('ARB-1', code);
      expect(isDraftNewNumberLine(line), line).toBe(true);
      expect(isNumberLine(line), line).toBe(true);
      expect(draftNewId(line), line).toBe('ARB-1');
      expect(numberLineLanguage(line), line).toBe(code);
      expect(headingNumber(line)).toBe('');
    }
    expect(draftNewNumberLine('X', 'fr')).toBe('PROJET DE NOUVELLE RÉSOLUTION [X]');
  });

  it('refuses what is not a number line', () => {
    for (const line of ['Résolution 17 de la présente Conférence;', 'RESOLUTIONS OF THE CONFERENCE', 'considérant', '第一章', 'القرارات']) {
      expect(isNumberLine(line), line).toBe(false);
    }
  });
});

describe('conference lines', () => {
  it.each([
    ['en', 'The World Telecommunication Development Conference (Kigali, 2022),', 'World Telecommunication Development Conference', 'Kigali', 'WTDC'],
    ['fr', 'La Conférence mondiale de développement des télécommunications (Kigali, 2022),', 'Conférence mondiale de développement des télécommunications', 'Kigali', 'CMDT'],
    ['fr', "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Minneapolis, 1998),", "Conférence de plénipotentiaires de l'Union internationale des télécommunications", 'Minneapolis', 'PP'],
    ['es', 'La Conferencia Mundial de Desarrollo de las Telecomunicaciones (Estambul, 2002),', 'Conferencia Mundial de Desarrollo de las Telecomunicaciones', 'Estambul', 'CMDT'],
    ['ru', 'Всемирная конференция по развитию электросвязи (Кигали, 2022 г.),', 'Всемирная конференция по развитию электросвязи', 'Кигали', 'ВКРЭ'],
    ['ar', 'إن المؤتمر العالمي لتنمية الاتصالات (كيغالي، 2022)،', 'المؤتمر العالمي لتنمية الاتصالات', 'كيغالي', 'WTDC'],
    ['zh', '世界电信发展大会（2022年，基加利），', '世界电信发展大会', '基加利', 'WTDC'],
  ])('%s: %s', (language, line, name, place, short) => {
    expect(isConferenceLine(line)).toBe(true);
    const parts = parseConferenceLine(line)!;
    expect(parts.name).toBe(name);
    expect(parts.place).toBe(place);
    expect(shortNameOfConference(parts.name, language as never)).toBe(short);
  });

  it('is written and revised in its language', () => {
    expect(conferenceLineFor('Bakou', 2025, 'fr')).toBe('La Conférence mondiale de développement des télécommunications (Bakou, 2025),');
    expect(conferenceLineFor('巴库', 2025, 'zh')).toBe('世界电信发展大会（2025年，巴库），');
    expect(conferenceLineFor('باكو', 2025, 'ar')).toBe('إن المؤتمر العالمي لتنمية الاتصالات (باكو، 2025)،');
    const line = 'Всемирная конференция по развитию электросвязи (Кигали, 2022 г.),';
    const edit = conferenceRevisionEdit(line, 'Баку', 2025)!;
    expect(line.slice(0, edit.from) + edit.text + line.slice(edit.to)).toBe('Всемирная конференция по развитию электросвязи (Баку, 2025 г.),');
  });
});

describe('calls', () => {
  it('tells operative from preambular calls in every language', () => {
    for (const code of LANGUAGE_CODES) {
      const phrases = standardCallPhrases(code);
      const operative = phrases.filter(isOperativeCall);
      expect(operative.length, code).toBeGreaterThanOrEqual(8);
      expect(phrases.length - operative.length, code).toBe(11);
    }
    expect(isOperativeCall('décide en outre')).toBe(true);
    expect(isOperativeCall('considérant en outre')).toBe(false);
    expect(isOperativeCall('进一步责成电信发展局主任')).toBe(true);
    expect(isOperativeCall('进一步考虑到')).toBe(false);
    expect(isOperativeCall('ويقرر كذلك')).toBe(true);
    expect(isOperativeCall('وإذ يدرك')).toBe(false);
  });

  it('gives preambular items their letters: Latin, or abjad in Arabic', () => {
    expect(listKindForCall('considérant')).toBe('alpha');
    expect(listKindForCall('учитывая')).toBe('alpha');
    expect(listKindForCall('考虑到')).toBe('alpha');
    expect(listKindForCall('إذ يضع في اعتباره')).toBe('abjad');
    expect(listKindForCall('يقرر')).toBe('numeric');
  });
});

describe('labels and their sequences', () => {
  it('reads the labels texts write in each language', () => {
    expect(readLabel('а)')).toEqual({ label: 'a)' }); // Cyrillic а
    expect(readLabel('с)')).toEqual({ label: 'c)' }); // Cyrillic с
    expect(readLabel('أ )')).toEqual({ label: 'أ)' });
    expect(readLabel('ه)')).toEqual({ label: 'هـ)' });
    expect(readLabel('bbis)')).toEqual({ label: 'bbis)', bis: { after: 'b)', rank: 1 } });
    expect(readLabel('b bis)')).toEqual({ label: 'bbis)', bis: { after: 'b)', rank: 1 } });
    expect(readLabel('1ter')).toEqual({ label: '1ter', bis: { after: '1', rank: 2 } });
    expect(isLabel('б)')).toBe(false);
    expect(kindStartingWith('أ)')).toBe('abjad');
  });

  it('counts abjad letters and bis items from position', () => {
    expect(listLabels({ kind: 'abjad', items: Array.from({ length: 6 }, () => ({ text: 'x' })) })).toEqual(['أ)', 'ب)', 'ج)', 'د)', 'هـ)', 'و)']);
    expect(listLabels({ kind: 'alpha', items: [{ text: 'x' }, { text: 'x' }, { text: 'x', bis: true }, { text: 'x', bis: true }, { text: 'x' }] })).toEqual(['a)', 'b)', 'bbis)', 'bter)', 'c)']);
    expect(listLabels({ kind: 'numeric', items: [{ text: 'x' }, { text: 'x', bis: true }, { text: 'x' }] })).toEqual(['1', '1bis', '2']);
  });

  it('reads a text with bis, abjad and lookalike labels and prints each label in its one form', () => {
    const spanish = 'RESOLUCIÓN 5 (Rev. Kigali, 2022)\nTítulo\nLa Conferencia Mundial de Desarrollo de las Telecomunicaciones (Kigali, 2022),\nconsiderando\na)\tuno;\nb)\tdos;\nbbis)\tdos bis;\nc)\ttres,\nresuelve\n1\tuno;\n1bis\tuno bis.\n';
    expect(toText(fromText(spanish))).toBe(spanish);
    const russian = 'РЕЗОЛЮЦИЯ 5 (Пересм. Кигали, 2022 г.)\nНазвание\nВсемирная конференция по развитию электросвязи (Кигали, 2022 г.),\nучитывая\nа)\tодин;\nb)\tдва;\nс)\tтри,\nрешает\nчто-то.\n';
    expect(toText(fromText(russian))).toBe(russian.replace('а)', 'a)').replace('с)', 'c)'));
    const arabic = 'القرار 5 (المراجَع في كيغالي، 2022)\nعنوان\nإن المؤتمر العالمي لتنمية الاتصالات (كيغالي، 2022)،\nإذ يضع في اعتباره\nأ )\tواحد؛\nب)\tاثنان،\nيقرر\n1\tواحد.\n';
    expect(toText(fromText(arabic))).toBe(arabic.replace('أ )', 'أ)'));
  });
});

describe('end punctuation', () => {
  it('knows each language’s marks by what they do', () => {
    for (const line of ['texte;', 'نص؛', 'نص،', '文本；', '文本，', '文本。', '文本：']) expect(hasParagraphEnd(line), line).toBe(true);
    expect(hasParagraphEnd('考虑到')).toBe(false);
    expect(endRoleOf('؛')).toBe('semicolon');
    expect(endRoleOf('，')).toBe('comma');
    expect(endRoleOf('。')).toBe('stop');
    expect(endMarkFor('semicolon', 'ar')).toBe('؛');
    expect(endMarkFor('stop', 'zh')).toBe('。');
  });
});

describe('citations of other resolutions', () => {
  it.each([
    ['en', 'Resolution 17 (Rev. Kigali, 2022) of this conference', [['17', 'Kigali', 2022]], 'this-conference'],
    ['fr', 'la Résolution 2 (Rév. Kigali, 2022) de la présente Conférence;', [['2', 'Kigali', 2022]], 'this-conference'],
    ['fr', 'les Résolutions 25 et 123 (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires', [['25', 'Dubaï', 2018], ['123', 'Dubaï', 2018]], 'other'],
    ['es', 'las Resoluciones 66 y 79 (Rev. Kigali, 2022) de la presente Conferencia,', [['66', 'Kigali', 2022], ['79', 'Kigali', 2022]], 'this-conference'],
    ['ru', 'Резолюцию 30 (Пересм. Гвадалахара, 2010 г.) Полномочной конференции', [['30', 'Гвадалахара', 2010]], 'other'],
    ['ru', 'Резолюцию 1 (Пересм. Кигали, 2022 г.) настоящей конференции,', [['1', 'Кигали', 2022]], 'this-conference'],
    ['ar', 'القرار 1 (المراجَع في كيغالي، 2022) الصادر عن هذا المؤتمر،', [['1', 'كيغالي', 2022]], 'this-conference'],
    ['zh', '本届大会第1号决议（2022年，基加利，修订版），', [['1', '基加利', 2022]], 'this-conference'],
    ['zh', '第25和123号决议（2018年，迪拜，修订版）', [['25', '迪拜', 2018], ['123', '迪拜', 2018]], 'unsaid'],
  ])('%s: %s', (language, text, cited, body) => {
    const [c] = resolutionCitations(text);
    expect(c.language).toBe(language);
    expect(c.resolutions.map((r) => [r.number, r.place, r.year])).toEqual(cited);
    expect(c.body).toBe(body);
  });

  it('skips United Nations resolutions', () => {
    expect(resolutionCitations('Resolution 70/1 of the United Nations General Assembly')).toEqual([]);
  });
});

describe('a text tells its language', () => {
  it('by its number line, else by its words', () => {
    expect(languageOfResolution({ numberLine: 'РЕЗОЛЮЦИЯ 5', title: '', conferenceLine: '' })).toBe('ru');
    expect(languageOfResolution({ numberLine: 'DRAFT NEW RESOLUTION [X]', title: 'x', conferenceLine: 'y' })).toBe('en');
    expect(languageOfText('La Conférence mondiale de développement des télécommunications')).toBe('fr');
    expect(languageOfText('La Conferencia Mundial de Desarrollo de las Telecomunicaciones')).toBe('es');
    expect(languageOfText('世界电信发展大会')).toBe('zh');
    expect(languageOfText('إن المؤتمر العالمي')).toBe('ar');
  });
});
