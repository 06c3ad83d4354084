/**
 * The grammar of a citation of resolutions in running text, as ITU texts write it:
 * `Resolution 17 (Rev. Kigali, 2022) of this conference`, `Resolutions 25 and 123 (Rev. Dubai,
 * 2018) of the Plenipotentiary Conference`, `Resolutions 169 (Rev. Dubai, 2018) and 170 (Rev.
 * Busan, 2014)`. United Nations resolutions (`Resolution 70/1`) are not citations of a numbered
 * ITU resolution and are skipped.
 */

/** One resolution a citation names, with the conference of its revision when written. */
export interface CitedResolution {
  number: string;
  /** Place and year from `(Rev. Place, Year)` or `(Place, Year)` after it or after the list. */
  place?: string;
  year?: number;
}

/** Which body adopted the cited resolutions, as far as the text says. */
export type CitedBody = 'this-conference' | 'wtdc' | 'other' | 'unsaid';

/** A citation found in a text, with where it stands (`start`, `end`: offsets in the text). */
export interface ResolutionCitation {
  resolutions: CitedResolution[];
  body: CitedBody;
  start: number;
  end: number;
}

const SPACE = String.raw`[\s\u00A0]`;
const HEAD = new RegExp(String.raw`\bResolutions?${SPACE}+`, 'g');
const NUMBER = /^(\d+)(?![\d/])/;
const PAREN = new RegExp(String.raw`^${SPACE}*\(([^()]*)\)`);
const LIST_SEPARATOR = new RegExp(String.raw`^(?:,${SPACE}*and${SPACE}+|,${SPACE}*|${SPACE}+and${SPACE}+)(?=\d)`);
const REVISION = new RegExp(String.raw`^(?:Rev\.${SPACE}*)?([^,()]+?),${SPACE}*(\d{4})$`);
const OF_BODY = new RegExp(String.raw`^${SPACE}+of${SPACE}+(this conference|the World Telecommunication Development Conference|WTDC|[^,;.]+)`);

function bodyOf(words: string | undefined): CitedBody {
  if (words === undefined) return 'unsaid';
  if (words === 'this conference') return 'this-conference';
  if (words === 'WTDC' || words.startsWith('the World Telecommunication Development Conference')) return 'wtdc';
  return 'other';
}

/** Every citation of numbered resolutions in `text`, in order. */
export function resolutionCitations(text: string): ResolutionCitation[] {
  const out: ResolutionCitation[] = [];
  for (const head of text.matchAll(HEAD)) {
    const start = head.index ?? 0;
    let at = start + head[0].length;
    const resolutions: CitedResolution[] = [];
    let pending: CitedResolution[] = [];
    for (;;) {
      const n = NUMBER.exec(text.slice(at));
      if (!n) break;
      at += n[0].length;
      const cited: CitedResolution = { number: n[1] };
      resolutions.push(cited);
      pending.push(cited);
      const paren = PAREN.exec(text.slice(at));
      if (paren) {
        at += paren[0].length;
        const rev = REVISION.exec(paren[1].trim());
        // a revision written after the last of several numbers holds for those without their own
        if (rev) for (const p of pending) Object.assign(p, { place: rev[1].trim(), year: Number(rev[2]) });
        pending = [];
      }
      const sep = LIST_SEPARATOR.exec(text.slice(at));
      if (!sep) break;
      at += sep[0].length;
    }
    if (resolutions.length === 0) continue;
    const of = OF_BODY.exec(text.slice(at));
    if (of) at += of[0].length;
    out.push({ resolutions, body: bodyOf(of?.[1].trim()), start, end: at });
  }
  return out;
}
