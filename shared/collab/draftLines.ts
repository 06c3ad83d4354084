import type { Call, List, Resolution } from '../model/resolution';
import { isLineKind, listKindOf, type LineKind } from './lineKinds';

/*
 * The one reader of a draft's lines into the resolution model, for the shared document
 * (`readLines.ts`) and the editor's document (`renderer/editor/toModel.ts`) alike. Its rule, for
 * any sequence of lines (a merge of concurrent edits may leave them in any order), is written in
 * `readLines.ts`: nothing is dropped; a line out of place is read where it stands, and the checks
 * and the export report it.
 */

/** One line of a draft as the reader takes it: from the shared document, or from the editor's document (`toModel`). */
export interface DraftLine<N extends object = object> {
  /** The kind it is read as (see the rule above): a stray head line or unknown element is a `paragraph`. */
  kind: LineKind;
  /** Its text in the layout: footnote references as `[^k]`. */
  text: string;
  /** What it was read from (a `Y.XmlElement`, an editor node): for edits, and to know a line that did not change. */
  node: N;
  /** An item's depth as held (before clamping) and list kind; a footnote's number. */
  depth: number;
  listKind: ReturnType<typeof listKindOf>;
  id: number;
  /** An item inserted without renumbering (`bbis)`, the editor's `bis` attribute). */
  bis?: true;
}

const HEAD_KINDS: ReadonlySet<LineKind> = new Set(['numberLine', 'title', 'conferenceLine']);

/**
 * The kind a line is read as, from its element or node name, in document order: a line kind is
 * itself, except a head line already seen (`seen` collects them), which is a paragraph; any other
 * name is a paragraph.
 */
export function lineKindRead(name: string | null, seen: Set<LineKind>): LineKind {
  let kind: LineKind = name !== null && isLineKind(name) ? name : 'paragraph';
  if (HEAD_KINDS.has(kind)) {
    if (seen.has(kind)) kind = 'paragraph';
    else seen.add(kind);
  }
  return kind;
}

/** The call of a call line (or none: lines before the first call) and the paragraphs and items under it. */
interface CallLines<N extends object> {
  line: DraftLine<N> | null;
  blocks: DraftLine<N>[];
}

function callOfLines<N extends object>({ line, blocks }: CallLines<N>): Call {
  const call: Call = { phrase: line ? line.text : '', blocks: [] };
  let stack: List[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      call.blocks.push({ type: 'paragraph', text: block.text });
      stack = [];
      continue;
    }
    const depth = Math.min(block.depth, stack.length);
    const item = block.bis ? { text: block.text, bis: true as const } : { text: block.text };
    if (depth === stack.length) {
      const list: List = { type: 'list', kind: block.listKind, items: [item] };
      if (depth === 0) call.blocks.push(list);
      else {
        const parent = stack[depth - 1];
        parent.items[parent.items.length - 1].sublist = list;
      }
      stack.push(list);
    } else {
      stack = stack.slice(0, depth + 1);
      stack[depth].items.push(item);
    }
  }
  return call;
}

/**
 * Calls already made from lines whose nodes never change (the editor's nodes are immutable): a
 * call whose line and blocks are the same nodes as before is the same object, so a model read
 * again after an edit shares every call the edit did not touch. Keyed by the call line's node (or
 * the first block's, for lines before the first call). Never for the shared document's elements,
 * which change in place.
 */
export type CallMemo = WeakMap<object, { nodes: object[]; call: Call }>;

function memoCall<N extends object>(group: CallLines<N>, memo: CallMemo | undefined): Call {
  const nodes: object[] = [...(group.line ? [group.line.node] : []), ...group.blocks.map((b) => b.node)];
  if (!memo || nodes.length === 0) return callOfLines(group);
  const known = memo.get(nodes[0]);
  if (known && known.nodes.length === nodes.length && known.nodes.every((n, i) => n === nodes[i])) return known.call;
  const call = callOfLines(group);
  memo.set(nodes[0], { nodes, call });
  return call;
}

/** The resolution model of a draft's lines, by the rule in this module's comment; `memo` keeps the calls of immutable nodes (see {@link CallMemo}). */
export function resolutionOfLines<N extends object>(lines: readonly DraftLine<N>[], memo?: CallMemo): Resolution {
  const res: Resolution = { numberLine: '', title: '', conferenceLine: '', calls: [], footnotes: [] };
  const groups: CallLines<N>[] = [];
  let current: CallLines<N> | undefined;
  for (const line of lines) {
    switch (line.kind) {
      case 'numberLine':
        res.numberLine = line.text;
        break;
      case 'title':
        res.title = line.text;
        break;
      case 'conferenceLine':
        res.conferenceLine = line.text;
        break;
      case 'call':
        current = { line, blocks: [] };
        groups.push(current);
        break;
      case 'paragraph':
      case 'item':
        if (!current) groups.push((current = { line: null, blocks: [] }));
        current.blocks.push(line);
        break;
      case 'footnote':
        res.footnotes.push({ id: line.id, text: line.text });
        break;
    }
  }
  res.calls = groups.map((g) => memoCall(g, memo));
  return res;
}

