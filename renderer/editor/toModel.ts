import type { Node as PMNode } from '@tiptap/pm/model';
import type { Resolution } from '../../shared/model/resolution';
import { lineKindRead, resolutionOfLines, type CallMemo, type DraftLine } from '../../shared/collab/draftLines';
import { depthOf, footnoteIdOf, listKindOf, type LineKind } from '../../shared/collab/lineKinds';
import { footnoteRef } from '../../shared/grammar/footnoteRef';

/** The text of a textblock in the layout: footnote references become `[^k]`. */
export function blockText(node: PMNode): string {
  let s = '';
  node.forEach((child) => {
    if (child.isText) s += child.text ?? '';
    else if (child.type.name === 'footnoteRef') s += footnoteRef(Number(child.attrs.id));
  });
  return s;
}

/** Calls made from the editor's nodes, kept while their line and blocks are the same nodes. */
const calls: CallMemo = new WeakMap();

/** The draft line a top-level node of the editor is read as (`seen`: the head lines met so far). */
function lineOf(node: PMNode, seen: Set<LineKind>): DraftLine<PMNode> {
  return {
    kind: lineKindRead(node.type.name, seen),
    text: blockText(node),
    node,
    depth: depthOf(node.attrs.depth),
    listKind: listKindOf(node.attrs.kind),
    id: footnoteIdOf(node.attrs.id),
    ...(node.attrs.bis === true ? { bis: true as const } : {}),
  };
}

/**
 * The resolution model for an editor document, read by the one reader of lines
 * (`resolutionOfLines` of `shared/collab/draftLines.ts`, the rule the shared document is read by):
 * any sequence of lines, nothing dropped (a line out of place is read where it stands; the checks
 * and the export report it). Items are flat in the editor (depth + kind); here they become nested
 * lists, a depth deeper than one below the previous item clamped and an item continuing a list
 * taking that list's kind, exactly as the labels are drawn. A call whose line and blocks are the
 * same nodes as in an earlier document is the same object as in that document's model (treat the
 * model as read-only), so what did not change is found by identity.
 */
export function toModel(doc: PMNode): Resolution {
  const seen = new Set<LineKind>();
  const lines: DraftLine<PMNode>[] = [];
  doc.forEach((node) => lines.push(lineOf(node, seen)));
  return resolutionOfLines(lines, calls);
}
