import { FOOTNOTE_REF_SOURCE } from '../grammar/footnoteRef';
import type { Block, Call, List, Resolution } from '../model/resolution';
import { fromText } from '../text/fromText';
import { ResolutionParseError } from '../text/parseError';

/** Private-use placeholder for text a draft in progress did not have yet. */
const HOLE = '\uE000';
/** An empty paragraph (or call) line: a placeholder that parses as a paragraph. */
const EMPTY_PARAGRAPH = `${HOLE}.`;
/** A paragraph put under a call that had none: marks where the saved text lost a paragraph's end punctuation. */
const ADDED_PARAGRAPH = '\uE001.';
const MAX_REPAIRS = 500;
const EMPTY_FOOTNOTE = new RegExp(`^footnote ${FOOTNOTE_REF_SOURCE} has no text`);

function repair(lines: string[], error: ResolutionParseError): boolean {
  const i = error.line - 1;
  const p = error.problem;
  if (i < 0 || i > lines.length) return false;
  if (p.startsWith('empty line')) lines[i] = EMPTY_PARAGRAPH;
  else if (/^item ".*" has no text after the tab$/.test(p)) lines[i] = `${lines[i]}${HOLE}`;
  else if (EMPTY_FOOTNOTE.test(p)) lines[i] = `${lines[i].replace(/: ?$/, ': ')}${HOLE}`;
  else if (/^item label ".*" must be followed by a tab, not a space$/.test(p)) lines[i] = `${HOLE}${lines[i]}`;
  else if (p.startsWith('expected text under the call')) lines.splice(i, 0, ADDED_PARAGRAPH);
  else if (i > 0 && i < 3 && p.includes('found an empty line')) lines[i] = HOLE;
  else return false;
  return true;
}

function strip(text: string): string {
  return text.split(ADDED_PARAGRAPH).join('').split(EMPTY_PARAGRAPH).join('').split(HOLE).join('');
}

const isAdded = (b: Block) => b.type === 'paragraph' && b.text === ADDED_PARAGRAPH;

/**
 * A "call" under which the first release's text held nothing was, in the editor, a paragraph
 * whose end punctuation had been deleted (the editor cannot make a call without a block under
 * it): it goes back under the call before it as the paragraph it was.
 */
function rejoinParagraphs(res: Resolution): Resolution {
  const empty = (c: Call | undefined) => c !== undefined && c.blocks.length > 0 && c.blocks.every(isAdded);
  const calls: Call[] = [];
  for (let i = 0; i < res.calls.length; i++) {
    const call = res.calls[i];
    const prev = calls[calls.length - 1];
    if (empty(call) && empty(res.calls[i + 1])) {
      // a real call followed by its paragraph: the next "call" is that paragraph
      calls.push({ phrase: call.phrase, blocks: [{ type: 'paragraph', text: res.calls[i + 1].phrase }] });
      i++;
    } else if (empty(call) && prev) {
      prev.blocks = [...prev.blocks.filter((b) => !isAdded(b)), { type: 'paragraph', text: call.phrase }];
    } else calls.push({ phrase: call.phrase, blocks: [...call.blocks] });
  }
  return { ...res, calls };
}

function stripList(list: List): List {
  return {
    type: 'list',
    kind: list.kind,
    items: list.items.map((it) => (it.sublist ? { text: strip(it.text), sublist: stripList(it.sublist) } : { text: strip(it.text) })),
  };
}

function stripped(res: Resolution): Resolution {
  return {
    numberLine: strip(res.numberLine),
    title: strip(res.title),
    conferenceLine: strip(res.conferenceLine),
    calls: res.calls.map((c) => ({
      phrase: strip(c.phrase),
      blocks: c.blocks.map((b): Block => (b.type === 'paragraph' ? { type: 'paragraph', text: strip(b.text) } : stripList(b))),
    })),
    footnotes: res.footnotes.map((f) => ({ id: f.id, text: strip(f.text) })),
  };
}

/** Every line kept as text: the last resort for a text that is not a resolution at all. */
function linesKept(text: string): Resolution {
  const lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
  const rest = lines.slice(3);
  return {
    numberLine: lines[0] ?? '',
    title: lines[1] ?? '',
    conferenceLine: lines[2] ?? '',
    calls: [{ phrase: '', blocks: (rest.length ? rest : ['']).map((t) => ({ type: 'paragraph', text: t })) }],
    footnotes: [],
  };
}

/**
 * Reads a draft saved by schema version 1, where drafts were stored in the resolution text layout
 * and could hold a draft in progress. Empty items, paragraphs, calls and footnotes come back empty
 * (never dropped); a text that still does not parse keeps every line as a paragraph, so nothing the
 * user wrote is lost.
 */
export function readV1Draft(text: string): Resolution {
  try {
    return fromText(text);
  } catch (e) {
    if (!(e instanceof ResolutionParseError)) throw e;
  }
  const lines = text.replace(/\n$/, '').split('\n');
  for (let n = 0; n < MAX_REPAIRS; n++) {
    try {
      return stripped(rejoinParagraphs(fromText(`${lines.join('\n')}\n`)));
    } catch (e) {
      if (!(e instanceof ResolutionParseError)) throw e;
      if (!repair(lines, e)) break;
    }
  }
  return linesKept(text);
}
