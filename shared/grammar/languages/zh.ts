import type { ResolutionGrammar } from '../resolutionLanguage';

/**
 * Chinese, as ITU's Chinese texts write it, with full-width punctuation: `第66号决议（2018年，迪拜，
 * 修订版）` (year, place, 修订版), `世界电信发展大会（2022年，基加利），`; calls `考虑到`, `认识到`,
 * `注意到`, `忆及`, `做出决议`, `责成电信发展局主任`; labels `a)`, `b)`; end punctuation `；` `，` `。`;
 * no spaces between words.
 */
export const chinese: ResolutionGrammar = {
  code: 'zh',
  englishName: 'Chinese',
  ownName: '中文',
  locale: 'zh-CN',
  direction: 'ltr',
  documentLetter: 'C',
  scripts: ['Han'],

  numberLine: '第{number}号决议{when}',
  draftNew: '新决议草案[{id}]',
  resolutionName: '第{number}号决议{when}',
  when: '（{year}年，{place}{revised}）',
  revised: '，修订版',
  conferenceLine: '{conference}{when}，',
  conferenceLead: [],
  wtdc: { name: '世界电信发展大会', short: 'WTDC' },
  conferences: [
    { name: '国际电信联盟全权代表大会', short: 'PP' },
    { name: '全权代表大会', short: 'PP' },
    { name: '世界电信标准化全会', short: 'WTSA' },
    { name: '世界无线电通信大会', short: 'WRC' },
  ],
  places: {
    'Buenos Aires': '布宜诺斯艾利斯',
    Valletta: '瓦莱塔',
    Istanbul: '伊斯坦布尔',
    Doha: '多哈',
    Hyderabad: '海得拉巴',
    Dubai: '迪拜',
    Kigali: '基加利',
    Baku: '巴库',
  },

  preambularCalls: ['考虑到', '进一步考虑到', '认识到', '进一步认识到', '注意到', '进一步注意到', '铭记', '忆及', '深信', '强调', '顾及'],
  operativeCalls: ['做出决议', '决定责成电信发展局主任', '责成电信发展局主任', '进一步责成电信发展局主任', '责成秘书长', '请秘书长', '请各成员国', '请各成员国和部门成员', '鼓励各成员国'],
  callPrefixes: ['进一步'],
  operativeVerbs: ['做出决议', '决议', '决定', '责成', '请', '鼓励', '敦促', '呼吁', '建议', '批准', '通过', '委托'],

  letters: 'latin',
  punctuation: { comma: '，', semicolon: '；', stop: '。', colon: '：' },
  citation: {
    open: ['第'],
    close: '号决议',
    separators: ['、', '和', '及', '与'],
    thisConference: [],
    wtdc: [],
    otherBodies: [],
    bodyBefore: { thisConference: ['本届大会'], wtdc: ['世界电信发展大会', 'WTDC'], otherBodies: ['全权代表大会', '世界电信标准化全会', '世界无线电通信大会', '联合国大会'] },
  },
  numberSuffixes: ['年', '月', '日', '号', '届', '次', '条', '款', '项', '个', '%', '％'],
  numberPrefixes: ['第'],

  cover: {
    plenaryMeeting: '全体会议',
    document: '文件 {reference}',
    addendum: '文件{reference}的补遗{addendum}',
    original: '原文：{language}',
    languageNames: { en: '英文', fr: '法文', es: '西班牙文', ar: '阿拉伯文', zh: '中文', ru: '俄文' },
    source: '来源',
    title: '标题',
    priorityArea: '优先领域',
    summary: '摘要',
    expectedResults: '预期结果',
    references: '参考文件',
    contact: '联系人',
    contactName: '姓名/组织/实体',
    phone: '电话号码',
    email: '电子邮件',
    reasons: '理由',
  },
};
