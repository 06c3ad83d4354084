import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { splitLabelledLine } from '../../shared/grammar/labelledLine';
import type { EditorView } from '@tiptap/pm/view';
import { blockAt } from './keyboard';
import { BLOCKS_MIME, clipboardOf, cutBlocks, pasteBlocks, wholeBlocks } from './blockClipboard';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'SECTION', 'ARTICLE']);
const SKIP_TAGS = new Set(['STYLE', 'SCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'TEMPLATE', 'svg']);

/** The lines of HTML (from Word or the web): block elements become lines, all formatting is dropped. */
export function htmlToLines(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) out += '\n';
    el.childNodes.forEach(walk);
    if (block) out += '\n';
    else if (el.tagName === 'TD' || el.tagName === 'TH') out += '\t';
  };
  walk(doc.body);
  return out.split('\n').map((l) => l.replace(/^ +| +$/g, '')).filter((l) => l.trim() !== '');
}

/** The lines of plain text: line ends normalised, blank lines dropped. */
export function plainToLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
}

/**
 * Insert pasted lines at the selection as structured text: the first line joins the current
 * block; further lines become items (when labelled, or when pasting into an item) or paragraphs.
 * Into a one-line block (number line, title, conference line, call, footnote) the lines are joined.
 */
export function pasteLines(lines: string[], state: EditorState, dispatch?: (tr: Transaction) => void): boolean {
  const at = blockAt(state);
  if (!at || lines.length === 0) return false;
  const { schema } = state;
  const name = at.node.type.name;
  const parsed = lines.map(splitLabelledLine);
  if (parsed.length === 1 || !['paragraph', 'item'].includes(name)) {
    const text = parsed.map((p) => p.text).join(' ');
    dispatch?.(state.tr.insertText(text).scrollIntoView());
    return true;
  }
  const depth = name === 'item' ? Number(at.node.attrs.depth) : 0;
  const kind = name === 'item' ? at.node.attrs.kind : 'alpha';
  const nodes: PMNode[] = parsed.map((p, i) => {
    const content = p.text ? schema.text(p.text) : undefined;
    if (i === 0) return at.node.type.create(at.node.attrs, content);
    if (p.label || name === 'item') return schema.nodes.item.create({ depth, kind }, content);
    return schema.nodes.paragraph.create(null, content);
  });
  const tr = state.tr.replaceSelection(new Slice(Fragment.from(nodes), 1, 1));
  dispatch?.(tr.scrollIntoView());
  return true;
}

/** Copy or cut of whole items or paragraphs: the clipboard holds the lines; a cut removes them (no empty item is left). */
function copyLines(view: EditorView, event: ClipboardEvent, cut: boolean): boolean {
  const range = wholeBlocks(view.state);
  const data = event.clipboardData;
  if (!range || !data) return false;
  if (cut && !cutBlocks(view.state, range)) return false;
  const { json, text } = clipboardOf(view.state, range);
  event.preventDefault();
  data.clearData();
  data.setData('text/plain', text);
  data.setData(BLOCKS_MIME, json);
  if (cut) cutBlocks(view.state, range, view.dispatch);
  return true;
}

/** Paste keeps the text and its line structure and drops all foreign formatting; whole lines cut or copied here paste as lines. */
export const PlainPaste = Extension.create({
  name: 'plainPaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('plainPaste'),
        props: {
          handlePaste: (view, event) => {
            const data = event.clipboardData;
            if (!data) return false;
            const blocks = data.getData(BLOCKS_MIME);
            if (blocks && pasteBlocks(blocks, view.state, view.dispatch)) return true;
            const plain = data.getData('text/plain');
            const html = data.getData('text/html');
            const lines = plain ? plainToLines(plain) : html ? htmlToLines(html) : [];
            if (lines.length === 0) return true;
            return pasteLines(lines, view.state, view.dispatch);
          },
          handleDOMEvents: {
            copy: (view, event) => copyLines(view, event, false),
            cut: (view, event) => copyLines(view, event, true),
          },
          // dropping foreign content would bring its formatting and structure: only moves inside
          handleDrop: (_view, _event, _slice, moved) => !moved,
        },
      }),
    ];
  },
});
