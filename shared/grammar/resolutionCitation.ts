import { GRAMMARS } from './grammars';
import type { LanguageCode, ResolutionGrammar } from './resolutionLanguage';
import { literalPattern, templatePattern } from './textPattern';

/**
 * The grammar of a citation of resolutions in running text, in the six languages, as ITU texts
 * write it: `Resolution 17 (Rev. Kigali, 2022) of this conference`, `Resolutions 25 and 123 (Rev.
 * Dubai, 2018) of the Plenipotentiary Conference`, `Resolutions 169 (Rev. Dubai, 2018) and 170
 * (Rev. Busan, 2014)`; `la Résolution 2 (Rév. Kigali, 2022) de la présente Conférence`; `Резолюцию
 * 30 (Пересм. Гвадалахара, 2010 г.) Полномочной конференции`; `القرار 2 (المراجَع في كيغالي، 2022)`;
 * `本届大会第2号决议（2022年，基加利，修订版）`. United Nations resolutions (`Resolution 70/1`) are not
 * citations of a numbered ITU resolution and are skipped. The checks (a citation of a revision
 * that does not exist) and the impact of a proposal on other texts read citations here only.
 */

/** One resolution a citation names, with the conference of its revision when written. */
export interface CitedResolution {
  number: string;
  /** Place and year from `(Rev. Place, Year)` or `(Place, Year)` after it or after the list. */
  place?: string;
  year?: number;
  /** Whether the place and year say revised (`Rev.`). */
  revised?: boolean;
  /** Whether the place and year follow this number itself (not only the last number of the list). */
  own?: boolean;
  /** The number and its own place and year (`123 (Rev. Dubai, 2018)`), as offsets in the text. */
  start: number;
  end: number;
}

/** Which body adopted the cited resolutions, as far as the text says. */
export type CitedBody = 'this-conference' | 'wtdc' | 'other' | 'unsaid';

/** A citation found in a text, with where it stands (`start`, `end`: offsets in the text). */
export interface ResolutionCitation {
  resolutions: CitedResolution[];
  body: CitedBody;
  start: number;
  end: number;
  language: LanguageCode;
}

const SPACE = String.raw`[\s\u00A0\u202F]`;

interface Compiled {
  grammar: ResolutionGrammar;
  head: RegExp;
  when: RegExp;
  separator: RegExp;
  close: RegExp | undefined;
  after: Array<{ body: CitedBody; pattern: RegExp }>;
  before: Array<{ body: CitedBody; pattern: RegExp }>;
}

function words(list: readonly string[]): string {
  return list.map((w) => (w.endsWith(' ') ? `${literalPattern(w.trimEnd())}${SPACE}+[^,;.，；。،؛]+` : literalPattern(w))).join('|');
}

const COMPILED: Compiled[] = GRAMMARS.map((g) => {
  const c = g.citation;
  const spaced = c.close === '';
  const opens = c.open.map((w) => literalPattern(w)).join('|');
  const after = (body: CitedBody, list: readonly string[]): { body: CitedBody; pattern: RegExp } => ({
    body,
    pattern: new RegExp(list.length > 0 ? `^${SPACE}+(?:${words(list)})` : '^(?!)', 'u'),
  });
  const before = (body: CitedBody, list: readonly string[]): { body: CitedBody; pattern: RegExp } => ({
    body,
    pattern: new RegExp(list.length > 0 ? `(?:${words(list)})${SPACE}*$` : '^(?!)', 'u'),
  });
  return {
    grammar: g,
    // a word of a spaced language starts after no letter; Chinese writes no spaces between words
    head: new RegExp(`${spaced ? '(?<![\\p{L}\\p{M}])' : ''}(?:${opens})${spaced ? `${SPACE}+` : `${SPACE}*`}`, 'gu'),
    when: new RegExp(`^${SPACE}*${templatePattern(g.when, { caseless: true, revised: g.revised })}`, 'u'),
    separator: new RegExp(`^(?:${c.separators.map((s) => literalPattern(s)).join('|')})${SPACE}*(?=[0-9])`, 'u'),
    close: spaced ? undefined : new RegExp(`^${SPACE}*${literalPattern(c.close)}`, 'u'),
    after: [after('this-conference', c.thisConference), after('wtdc', c.wtdc), after('other', c.otherBodies)],
    before: [before('this-conference', c.bodyBefore?.thisConference ?? []), before('wtdc', c.bodyBefore?.wtdc ?? []), before('other', c.bodyBefore?.otherBodies ?? [])],
  };
});

const NUMBER = /^([0-9]+)(?![0-9/])/;

/** The citations of one language's grammar in `text`. */
function citationsOf(c: Compiled, text: string): ResolutionCitation[] {
  const out: ResolutionCitation[] = [];
  for (const head of text.matchAll(c.head)) {
    const start = head.index ?? 0;
    let at = start + head[0].length;
    const resolutions: CitedResolution[] = [];
    let pending: CitedResolution[] = [];
    const placeFrom = (m: RegExpExecArray, own: CitedResolution): void => {
      const g = m.groups ?? {};
      const where = { place: (g.place ?? '').trim(), year: Number(g.year), revised: g.revised !== undefined };
      // a revision written after the last of several numbers holds for those without their own
      for (const p of pending) Object.assign(p, where);
      own.own = true;
      pending = [];
    };
    for (;;) {
      const n = NUMBER.exec(text.slice(at));
      if (!n) break;
      const cited: CitedResolution = { number: n[1], start: at, end: at + n[0].length };
      at += n[0].length;
      resolutions.push(cited);
      pending.push(cited);
      if (!c.close) {
        const when = c.when.exec(text.slice(at));
        if (when) {
          at += when[0].length;
          cited.end = at;
          placeFrom(when, cited);
        }
      }
      const sep = c.separator.exec(text.slice(at));
      if (!sep) break;
      at += sep[0].length;
    }
    if (resolutions.length === 0) continue;
    if (c.close) {
      // Chinese: `第25和123号决议（2018年，迪拜，修订版）`: the numbers, then 号决议, then the place and year
      const close = c.close.exec(text.slice(at));
      if (!close) continue;
      at += close[0].length;
      const when = c.when.exec(text.slice(at));
      if (when) {
        at += when[0].length;
        const last = resolutions[resolutions.length - 1];
        placeFrom(when, last);
        if (resolutions.length > 1) last.own = false;
        last.end = at;
      }
    }
    let body: CitedBody = 'unsaid';
    for (const b of c.after) {
      const m = b.pattern.exec(text.slice(at));
      if (m) {
        body = b.body;
        at += m[0].length;
        break;
      }
    }
    let from = start;
    if (body === 'unsaid') {
      for (const b of c.before) {
        const m = b.pattern.exec(text.slice(0, start));
        if (m) {
          body = b.body;
          from = m.index;
          break;
        }
      }
    }
    out.push({ resolutions, body, start: from, end: at, language: c.grammar.code });
  }
  return out;
}

/** Every citation of numbered resolutions in `text`, in any of the six languages, in order. */
export function resolutionCitations(text: string): ResolutionCitation[] {
  return COMPILED.flatMap((c) => citationsOf(c, text)).sort((a, b) => a.start - b.start);
}
