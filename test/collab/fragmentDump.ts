import * as Y from 'yjs';
import type { List, Resolution } from '../../shared/model/resolution';

/** A Yjs XML node as plain data: elements with their name, attributes and children; text as its string (or its delta when it has formatting). */
export type DumpNode = { name: string; attrs: Record<string, unknown>; children: DumpNode[] } | { text: string } | { delta: unknown[] };

function dumpNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): DumpNode {
  if (node instanceof Y.XmlText) {
    const delta = node.toDelta() as Array<{ insert: unknown; attributes?: unknown }>;
    if (delta.every((op) => typeof op.insert === 'string' && op.attributes === undefined)) return { text: delta.map((op) => op.insert).join('') };
    return { delta };
  }
  if (node instanceof Y.XmlElement) return { name: node.nodeName, attrs: { ...node.getAttributes() }, children: node.toArray().map(dumpNode) };
  return { name: `hook:${node.hookName}`, attrs: {}, children: [] };
}

/** Every line of a fragment as plain data, for comparing two documents' structure. */
export function fragmentDump(fragment: Y.XmlFragment): DumpNode[] {
  return fragment.toArray().map(dumpNode);
}

/** How many lines and characters some line texts hold. */
export interface Census {
  lines: number;
  characters: number;
}

/** The census of line texts (labels and footnote prefixes are not text of a line). */
export function lineCensus(texts: readonly string[]): Census {
  return { lines: texts.length, characters: texts.reduce((n, t) => n + [...t].length, 0) };
}

/** The texts of every line of a model, in layout order (head lines, phrases, paragraphs, items, footnotes). */
export function modelTexts(res: Resolution): string[] {
  const out = [res.numberLine, res.title, res.conferenceLine];
  const walk = (list: List): void => {
    for (const item of list.items) {
      out.push(item.text);
      if (item.sublist) walk(item.sublist);
    }
  };
  for (const call of res.calls) {
    out.push(call.phrase);
    for (const b of call.blocks) {
      if (b.type === 'paragraph') out.push(b.text);
      else walk(b);
    }
  }
  for (const fn of res.footnotes) out.push(fn.text);
  return out;
}

/** The census of a model's lines. */
export function modelCensus(res: Resolution): Census {
  return lineCensus(modelTexts(res));
}
