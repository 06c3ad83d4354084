import { fromText } from '../text/fromText';
import { ResolutionParseError } from '../text/parseError';
import { FOOTNOTE_MARK, trimBlanks, type SourceParagraph } from './sourceParagraph';

/** A resolution cut from a source document, in the resolution text layout. */
export interface SplitResolution {
  /** `5` for `RESOLUTION 5 (Rev. Kigali, 2022)`; `''` for a `DRAFT NEW RESOLUTION [...]`. */
  number: string;
  title: string;
  /** The resolution text layout, byte for byte what `fromText` accepts. */
  text: string;
  /** Where its number line stands in the source. */
  where: string;
}

/** A paragraph the splitter could not place, with the resolution and position it was found at. */
export interface UnplacedParagraph {
  /** The resolution number it was found in; null before the first resolution. */
  resolution: string | null;
  /** 1-based position of the paragraph within that resolution (number line = 1). */
  position: number;
  where: string;
  text: string;
  reason: string;
}

/** What {@link splitResolutions} found. */
export interface SplitResult {
  resolutions: SplitResolution[];
  unplaced: UnplacedParagraph[];
  /** Paragraphs before the first number line (cover, note, table of contents): not resolutions. */
  frontMatter: number;
}

const NUMBER_LINE = /^(?:RESOLUTION[ \u00A0]+(\d+)[ \u00A0]*\((?:Rev\.[ \u00A0]*)?[^)]*\)|DRAFT NEW RESOLUTION \[[^\]]*\])$/;
const CONFERENCE_LINE = /^The .*Conference.*\(.*\),$/;
/** A rule or a lone space between resolutions: layout, not text. */
const DECORATION = /^[\s_\u00A0*]*$/;

/**
 * Cut a document's paragraphs into resolutions: each starts at a number line
 * (`RESOLUTION 5 (Rev. Kigali, 2022)` or `DRAFT NEW RESOLUTION [ABC-1]`), then its title (lines joined by one space), the conference
 * line, and calls, paragraphs and items. Footnote references become `[^k]` counted from 1 within each
 * resolution, their bodies `[^k]: text` lines at the end. A paragraph that does not fit the layout is
 * left out and reported with its resolution and position, never guessed into place.
 */
export function splitResolutions(paragraphs: SourceParagraph[]): SplitResult {
  const result: SplitResult = { resolutions: [], unplaced: [], frontMatter: 0 };
  let group: SourceParagraph[] | undefined;
  const flush = (): void => {
    if (group) placeResolution(group, result);
  };
  for (const p of paragraphs) {
    if (NUMBER_LINE.test(clean(p.text))) {
      flush();
      group = [p];
    } else if (group) group.push(p);
    else if (!DECORATION.test(p.text)) result.frontMatter++;
  }
  flush();
  return result;
}

function clean(text: string): string {
  return trimBlanks(text.replace(/\n/g, ' '));
}

/** A manual line break in body text: inside a word it joins, next to a space it goes. */
function joinBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (m) => (m.length > 1 ? ' ' : ''));
}

interface Line {
  text: string;
  position: number;
  where: string;
}

function placeResolution(group: SourceParagraph[], result: SplitResult): void {
  const numberLine = clean(group[0].text);
  const number = NUMBER_LINE.exec(numberLine)?.[1] ?? '';
  const unplaced = (position: number, p: SourceParagraph, reason: string, text = p.text): void => {
    result.unplaced.push({ resolution: number, position, where: p.where, text: clean(text), reason });
  };
  const notes: string[] = [];
  const numberNotes = (p: SourceParagraph, text: string): string => {
    let k = 0;
    return text.split(FOOTNOTE_MARK).reduce((acc, part) => {
      notes.push(trimBlanks((p.footnotes[k++] ?? '').replace(/[ \t]*\n[ \t]*/g, ' ')));
      return `${acc}[^${notes.length}]${part}`;
    });
  };
  let i = 1;
  const titleParts: string[] = [];
  while (i < group.length && !CONFERENCE_LINE.test(clean(group[i].text))) {
    if (!DECORATION.test(group[i].text)) titleParts.push(numberNotes(group[i], clean(group[i].text)));
    i++;
  }
  if (i >= group.length) {
    unplaced(1, group[0], 'no conference line ("The World Telecommunication Development Conference (…),") follows the number line');
    return;
  }
  const title = titleParts.join(' ').replace(/ {2,}/g, ' ');
  if (title === '') {
    unplaced(2, group[0], 'no title between the number line and the conference line');
    return;
  }
  const head = [numberLine, title, clean(group[i].text)];
  let lines: Line[] = [];
  for (let j = i + 1; j < group.length; j++) {
    const p = group[j];
    if (DECORATION.test(p.text)) continue;
    const text = trimBlanks(joinBreaks(p.text)).replace(/^([^\t]*)\t+/, '$1\t');
    lines.push({ text: numberNotes(p, text), position: j + 1, where: p.where });
  }
  // Drop, one at a time, each line the layout parser refuses, and report it.
  for (let attempt = 0; attempt <= lines.length; attempt++) {
    const textLines = [...head, ...lines.map((l) => l.text), ...notes.map((n, k) => `[^${k + 1}]: ${n}`)];
    const text = `${textLines.join('\n')}\n`;
    try {
      fromText(text);
      result.resolutions.push({ number, title: title.replace(/\[\^\d+\]/g, ''), text, where: group[0].where });
      return;
    } catch (e) {
      if (!(e instanceof ResolutionParseError)) throw e;
      const bad = e.line - 1 - head.length;
      if (bad < 0 || bad >= lines.length) {
        unplaced(1, group[0], `the resolution does not parse: ${e.message}`);
        return;
      }
      const line = lines[bad];
      unplaced(line.position, group[line.position - 1], e.problem, line.text);
      lines = lines.filter((_, n) => n !== bad);
    }
  }
}
