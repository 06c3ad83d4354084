import { kindStartingWith, nextLabels, readLabel, TYPED_LABEL_SOURCE } from '../grammar/labels';
import type { Call, Footnote, Item, List, Resolution } from '../model/resolution';
import { footnoteRef, footnoteRefsIn, parseFootnoteLine } from '../grammar/footnoteRef';
import { isNumberLine, NUMBER_LINE_EXPECTED } from '../grammar/numberLine';
import { hasParagraphEnd } from '../grammar/paragraphEnd';
import { ResolutionParseError } from './parseError';

/** A label followed by a space instead of a tab: the most common hand-typing slip. */
const SPACED_LABEL = new RegExp(`^${TYPED_LABEL_SOURCE} \\S`);

interface OpenList {
  list: List;
}

/**
 * Parse a resolution in the resolution text layout (`../docs/text-format.md`), in any of the six
 * languages (`shared/grammar`). Throws {@link ResolutionParseError} naming the line and what was
 * expected; never guesses. `toText(fromText(t)) === t` for every well-formed text ending in one
 * newline whose labels are written in their one form (`a)`, not the Cyrillic `а)`, which reads as
 * `a)`; `bbis)`, not `b bis)`).
 */
export function fromText(text: string): Resolution {
  if (text.trim() === '') {
    throw new ResolutionParseError(1, 'the text is empty; expected a number line such as "RESOLUTION 5 (Rev. Kigali, 2022)"');
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => checkCharacters(line, i + 1));

  const numberLine = lines[0] ?? '';
  if (!isNumberLine(numberLine)) {
    throw new ResolutionParseError(1, `expected ${NUMBER_LINE_EXPECTED}; found "${clip(numberLine)}"`);
  }
  const title = requireLine(lines, 1, 'the title (one line, no tab)');
  const conferenceLine = requireLine(lines, 2, 'the conference line, e.g. "The World Telecommunication Development Conference (Kigali, 2022),"');

  const calls: Call[] = [];
  const footnotes: Footnote[] = [];
  const footnoteLines = new Map<number, number>();
  const refLines = new Map<number, number>();
  let stack: OpenList[] = [];
  let call: Call | undefined;

  const noteRefs = (s: string, lineNo: number): void => {
    for (const id of footnoteRefsIn(s)) if (!refLines.has(id)) refLines.set(id, lineNo);
  };
  noteRefs(title, 2);
  noteRefs(conferenceLine, 3);

  const closeCall = (lineNo: number): void => {
    if (call && call.blocks.length === 0) {
      throw new ResolutionParseError(
        lineNo,
        `expected text under the call "${clip(call.phrase)}" (an item "<label><TAB>text" or a paragraph ending with , ; . or :)`,
      );
    }
  };

  for (let i = 3; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    const fn = parseFootnoteLine(line);
    if (fn) {
      const id = fn.id;
      if (footnoteLines.has(id)) {
        throw new ResolutionParseError(lineNo, `footnote ${footnoteRef(id)} is defined twice (first on line ${footnoteLines.get(id)})`);
      }
      if (fn.text.trim() === '') throw new ResolutionParseError(lineNo, `footnote ${footnoteRef(id)} has no text; expected "${footnoteRef(id)}: <text>"`);
      if (footnotes.length === 0) closeCall(lineNo);
      footnoteLines.set(id, lineNo);
      footnotes.push({ id, text: fn.text });
      noteRefs(fn.text, lineNo);
      continue;
    }
    if (footnotes.length > 0) {
      throw new ResolutionParseError(lineNo, `expected a footnote body "[^k]: text" (footnotes come last); found "${clip(line)}"`);
    }
    if (line.trim() === '') {
      throw new ResolutionParseError(lineNo, 'empty line; expected a call, an item "<label><TAB>text" or a paragraph');
    }
    const tab = line.indexOf('\t');
    if (tab >= 0) {
      const written = line.slice(0, tab);
      const body = line.slice(tab + 1);
      const label = readLabel(written)?.label;
      if (label === undefined) {
        throw new ResolutionParseError(lineNo, `"${clip(written)}" is not an item label; expected a label such as a), 1, 1), i) or \u2013 before the tab`);
      }
      if (!call) throw new ResolutionParseError(lineNo, `item "${label}" comes before any call; expected a call such as "considering"`);
      if (body.trim() === '') throw new ResolutionParseError(lineNo, `item "${label}" has no text after the tab`);
      noteRefs(body, lineNo);
      stack = placeItem(stack, call, label, { text: body }, lineNo);
      continue;
    }
    const spaced = SPACED_LABEL.exec(line);
    if (spaced) {
      throw new ResolutionParseError(lineNo, `item label "${spaced[1]}" must be followed by a tab, not a space`);
    }
    noteRefs(line, lineNo);
    if (hasParagraphEnd(line)) {
      if (!call) throw new ResolutionParseError(lineNo, `paragraph comes before any call; expected a call such as "considering"`);
      call.blocks.push({ type: 'paragraph', text: line });
      stack = [];
    } else {
      closeCall(lineNo);
      call = { phrase: line, blocks: [] };
      calls.push(call);
      stack = [];
    }
  }
  if (footnotes.length === 0) closeCall(lines.length + 1);
  if (calls.length === 0) {
    throw new ResolutionParseError(lines.length + 1, 'the text ends before any call; expected a call such as "considering"');
  }

  for (const [id, lineNo] of refLines) {
    if (!footnoteLines.has(id)) {
      throw new ResolutionParseError(lineNo, `footnote reference ${footnoteRef(id)} has no body; expected a line "${footnoteRef(id)}: <text>" at the end`);
    }
  }
  for (const [id, lineNo] of footnoteLines) {
    if (!refLines.has(id)) {
      throw new ResolutionParseError(lineNo, `footnote ${footnoteRef(id)} is never referenced; expected "${footnoteRef(id)}" in the text`);
    }
  }

  return { numberLine, title, conferenceLine, calls, footnotes };
}

/** Put a labelled item where its label says: continue an open list (or follow its last item as `bis`), or open a (sub-)list. */
function placeItem(stack: OpenList[], call: Call, label: string, item: Item, lineNo: number): OpenList[] {
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const { list } = stack[depth];
    const next = nextLabels(list);
    if (next.label === label || next.bis === label) {
      list.items.push(next.label === label ? item : { ...item, bis: true });
      return stack.slice(0, depth + 1);
    }
  }
  const kind = kindStartingWith(label);
  if (!kind) {
    const expected = stack.map(({ list }) => `"${nextLabels(list).label}"`).reverse();
    const hint = expected.length > 0 ? `expected ${expected.join(' or ')} or the start of a sub-list` : 'expected a first label such as a), 1, 1), i) or \u2013';
    throw new ResolutionParseError(lineNo, `label "${label}" out of sequence; ${hint}`);
  }
  const list: List = { type: 'list', kind, items: [item] };
  if (stack.length === 0) {
    call.blocks.push(list);
  } else {
    const parent = stack[stack.length - 1].list;
    parent.items[parent.items.length - 1].sublist = list;
  }
  return [...stack, { list }];
}

function requireLine(lines: string[], index: number, what: string): string {
  const line = lines[index];
  if (line === undefined || line.trim() === '') {
    throw new ResolutionParseError(index + 1, `expected ${what}; found ${line === undefined ? 'the end of the text' : 'an empty line'}`);
  }
  if (line.includes('\t')) throw new ResolutionParseError(index + 1, `expected ${what}; found a tab`);
  return line;
}

function checkCharacters(line: string, lineNo: number): void {
  const problem = characterProblem(line);
  if (problem) throw new ResolutionParseError(lineNo, problem);
}

/**
 * Why a line cannot be part of the resolution text layout because of a character it holds
 * (binary or non-UTF-8 content, a carriage return, a control character), or undefined.
 */
export function characterProblem(line: string): string | undefined {
  if (line.includes('\u0000') || line.includes('\uFFFD')) return 'binary or non-UTF-8 content; expected UTF-8 text in the resolution layout';
  if (line.includes('\r')) return 'carriage return found; expected "\\n" line ends (save the file with Unix line ends)';
  // eslint-disable-next-line no-control-regex
  const ctrl = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(line);
  if (ctrl) return `control character U+${ctrl[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} found; expected text`;
  return undefined;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
