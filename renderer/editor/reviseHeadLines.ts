import type { EditorState, Transaction } from '@tiptap/pm/state';
import { conferenceRevisionEdit } from '../../shared/grammar/conferenceLine';
import { revisionEdit } from '../../shared/grammar/numberLine';

/**
 * A MOD revises the number line and the conference line together for the target conference:
 * `RESOLUTION 34 (Rev. Kigali, 2022)` → `RESOLUTION 34 (Rev. Baku, 2025)` and
 * `The World Telecommunication Development Conference (Kigali, 2022),` → `(Baku, 2025),`.
 * Lines already revised, or not in the adopted form, are left alone. False when nothing changed.
 */
export function reviseHeadLines(place: string, year: number, state: EditorState, dispatch?: (tr: Transaction) => void): boolean {
  const where = place.trim();
  if (!where) return false;
  const tr = state.tr;
  let pos = 0;
  state.doc.forEach((node, offset) => {
    if (node.type.name !== 'numberLine' && node.type.name !== 'conferenceLine') return;
    let hasRef = false;
    node.forEach((c) => {
      if (!c.isText) hasRef = true;
    });
    if (hasRef) return;
    const text = node.textContent;
    const numberLine = node.type.name === 'numberLine';
    // in the line's own language: `(Rev. Baku, 2025)`, `(Rév. Bakou, 2025)`, `（2025年，巴库，修订版）`
    const edit = numberLine ? revisionEdit(text, where, year) : conferenceRevisionEdit(text, where, year);
    if (!edit || text.slice(edit.from, edit.to) === edit.text) return;
    const from = tr.mapping.map(offset + 1 + edit.from);
    const to = tr.mapping.map(offset + 1 + edit.to);
    tr.insertText(edit.text, from, to);
    pos++;
  });
  if (pos === 0) return false;
  dispatch?.(tr);
  return true;
}
