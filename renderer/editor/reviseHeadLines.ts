import type { EditorState, Transaction } from '@tiptap/pm/state';

const NUMBER_REV = /\(Rev\. [^()]*\)$/;
const CONFERENCE_PLACE = /\([^()]*, \d{4}\),$/;

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
    const re = node.type.name === 'numberLine' ? NUMBER_REV : CONFERENCE_PLACE;
    const replacement = node.type.name === 'numberLine' ? `(Rev. ${where}, ${year})` : `(${where}, ${year}),`;
    const m = re.exec(text);
    if (!m || m[0] === replacement) return;
    const from = tr.mapping.map(offset + 1 + m.index);
    const to = tr.mapping.map(offset + 1 + m.index + m[0].length);
    tr.insertText(replacement, from, to);
    pos++;
  });
  if (pos === 0) return false;
  dispatch?.(tr);
  return true;
}
