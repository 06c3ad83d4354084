/**
 * Small, hand-picked edits of Resolution 34 whose revision count in LibreOffice is known
 * exactly: what a reviewer would count by eye in Word's margin.
 */
import type { Resolution } from '../../shared/model/resolution';

/** One targeted case: a named edit and the revisions LibreOffice must list for it. */
export interface TargetedCase {
  name: string;
  /** The bundled resolution edited (default 34). */
  resolution?: string;
  edit: (draft: Resolution) => void;
  revisions: Record<string, number>;
}

function recognizing(res: Resolution) {
  const list = res.calls[0].blocks[0];
  if (list.type !== 'list') throw new Error('Resolution 34 should open with a list under "recognizing"');
  return list;
}

function considering5(res: Resolution) {
  const list = res.calls[0].blocks[0];
  if (list.type !== 'list' || !list.items[0].text.includes('[^1]')) throw new Error('Resolution 5 should open with a list whose a) holds footnote 1');
  return list;
}

/** The cases; `revisions` counts LibreOffice redlines by type before anything is accepted. */
export const TARGETED: TargetedCase[] = [
  {
    name: 'one word replaced',
    edit: (d) => {
      const l = recognizing(d);
      l.items[1].text = l.items[1].text.replace('steadily increasing', 'rapidly increasing');
    },
    revisions: { Delete: 1, Insert: 1 },
  },
  {
    name: 'one item added at the end of a list',
    edit: (d) => {
      const l = recognizing(d);
      l.items[l.items.length - 1].text = l.items[l.items.length - 1].text.replace(/,$/, ';');
      l.items.push({ text: 'that meaningful connectivity saves lives,' });
    },
    revisions: { Delete: 1, Insert: 2 },
  },
  {
    name: 'one whole item deleted in the middle (later items relabelled)',
    edit: (d) => {
      recognizing(d).items.splice(4, 1);
    },
    // the deleted paragraph and the struck label after it are one deletion
    revisions: { Delete: 1, Insert: 1 },
  },
  {
    name: 'one item inserted after a) (five items relabelled)',
    edit: (d) => {
      recognizing(d).items.splice(1, 0, { text: 'that new technologies can help;' });
    },
    revisions: { Insert: 6, Delete: 5 },
  },
  {
    name: 'one footnote added',
    edit: (d) => {
      const l = recognizing(d);
      l.items[0].text = l.items[0].text.replace('climate change,', 'climate change[^1],');
      for (const c of d.calls) for (const b of c.blocks) if (b.type === 'list') for (const it of b.items) it.text = it.text.replace(/developing countries\[\^1\]/, 'developing countries[^2]');
      d.footnotes = [{ id: 1, text: 'See the IPCC reports.' }, ...d.footnotes.map((f) => ({ id: f.id + 1, text: f.text }))];
    },
    // the reference and the footnote's text
    revisions: { Insert: 2 },
  },
  {
    // LibreOffice drops a mark revision in the paragraph holding the document's first footnote
    name: 'the item holding the first footnote deleted with the item after it',
    resolution: '5',
    edit: (d) => {
      considering5(d).items.splice(0, 2);
      d.footnotes = [];
    },
    // the two items (one with the mark before it, one with its own mark, joined with the next
    // struck label), four more struck labels, the footnote's text; five new labels
    revisions: { Delete: 7, Insert: 5 },
  },
  {
    name: 'an item with a new first footnote inserted at the top of a list',
    resolution: '5',
    edit: (d) => {
      const l = considering5(d);
      l.items[0].text = l.items[0].text.replace('[^1]', '[^2]');
      l.items.unshift({ text: 'the Kigali Action Plan[^1];' });
      d.footnotes = [{ id: 1, text: 'Adopted by WTDC‑22.' }, { id: 2, text: d.footnotes[0].text }];
    },
    // the new item and its footnote's text; each of the 7 old labels struck and replaced
    revisions: { Insert: 9, Delete: 7 },
  },
  {
    name: 'the last item of a list becomes an unlabelled paragraph (label and tab struck)',
    edit: (d) => {
      const call = d.calls[1];
      const list = call.blocks[0];
      if (list.type !== 'list') throw new Error('Resolution 34 "recalling" should hold a list');
      const [last] = list.items.splice(-1, 1);
      call.blocks.push({ type: 'paragraph', text: last.text });
    },
    revisions: { Delete: 1 },
  },
  {
    name: 'a whole new call with two items before the first call',
    resolution: '17',
    edit: (d) => {
      d.calls.unshift({
        phrase: 'bearing in mind',
        blocks: [{ type: 'list', kind: 'alpha', items: [{ text: 'the new considerations of the conference;' }, { text: 'the outcomes of the regional meetings,' }] }],
      });
    },
    // three paragraphs inserted one after the other: one revision
    revisions: { Insert: 1 },
  },
];
