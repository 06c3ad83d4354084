import type { List, Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { ResolutionParseError } from '../../shared/text/parseError';

/** Private-use placeholder for text a draft in progress does not have yet. */
const HOLE = '\uE000';
/** An empty paragraph (or call) line: a placeholder that parses as a paragraph. */
const EMPTY_PARAGRAPH = `${HOLE}.`;
const MAX_REPAIRS = 500;

function repair(lines: string[], error: ResolutionParseError): boolean {
  const i = error.line - 1;
  const p = error.problem;
  if (i < 0 || i > lines.length) return false;
  if (p.startsWith('empty line')) {
    lines[i] = EMPTY_PARAGRAPH;
  } else if (/^item ".*" has no text after the tab$/.test(p)) {
    lines[i] = `${lines[i]}${HOLE}`;
  } else if (/^footnote \[\^\d+\] has no text/.test(p)) {
    lines[i] = `${lines[i].replace(/: ?$/, ': ')}${HOLE}`;
  } else if (/^item label ".*" must be followed by a tab, not a space$/.test(p)) {
    lines[i] = `${HOLE}${lines[i]}`;
  } else if (p.startsWith('expected text under the call')) {
    lines.splice(i, 0, EMPTY_PARAGRAPH);
  } else if (i > 0 && i < 3 && p.includes('found an empty line')) {
    lines[i] = HOLE;
  } else {
    return false;
  }
  return true;
}

function strip(text: string): string {
  return text.split(EMPTY_PARAGRAPH).join('').split(HOLE).join('');
}

/**
 * Parse a saved draft, which may be a draft in progress: an item, paragraph, call or footnote
 * the user has not written yet is empty, which the strict layout refuses. Those lines are read
 * as empty (never dropped); any other error is thrown as by {@link fromText}.
 */
export function fromDraftText(text: string): Resolution {
  try {
    return fromText(text);
  } catch (e) {
    if (!(e instanceof ResolutionParseError)) throw e;
  }
  const lines = text.replace(/\n$/, '').split('\n');
  for (let n = 0; n < MAX_REPAIRS; n++) {
    try {
      const res = fromText(`${lines.join('\n')}\n`);
      return {
        numberLine: res.numberLine,
        title: strip(res.title),
        conferenceLine: strip(res.conferenceLine),
        calls: res.calls.map((c) => ({
          phrase: strip(c.phrase),
          blocks: c.blocks.map((b) => (b.type === 'paragraph' ? { type: 'paragraph', text: strip(b.text) } : stripList(b))),
        })),
        footnotes: res.footnotes.map((f) => ({ id: f.id, text: strip(f.text) })),
      };
    } catch (e) {
      if (!(e instanceof ResolutionParseError) || !repair(lines, e)) {
        // report the error of the text as saved, not of the repaired one
        return fromText(text);
      }
    }
  }
  return fromText(text);
}

function stripList(list: List): List {
  return {
    type: 'list',
    kind: list.kind,
    items: list.items.map((it) => (it.sublist ? { text: strip(it.text), sublist: stripList(it.sublist) } : { text: strip(it.text) })),
  };
}
