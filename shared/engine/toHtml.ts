import { footnoteRefNumber, footnoteRefPattern } from '../grammar/footnoteRef';
import type { ChangeRow, ChangeSet, TextSpan } from './changeSet';

/** Options for {@link toHtml}. */
export interface HtmlOptions {
  /** Wrap in a complete HTML document with the stylesheet (`title` becomes its title). */
  document?: boolean;
  title?: string;
}

/**
 * Marks that do not rely on colour alone: insertions underlined, deletions struck through, and a
 * visually hidden "insertion/deletion start/end" announced by screen readers.
 */
export const CHANGES_CSS = `
.rd-changes { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.4; }
.rd-row { margin: 0 0 6pt; }
.rd-numberLine { text-align: center; text-transform: none; }
.rd-title { text-align: center; font-weight: bold; }
.rd-call { font-style: italic; }
.rd-item { padding-left: 2.5em; text-indent: -2.5em; }
.rd-item.rd-depth-1 { padding-left: 5em; }
.rd-item.rd-depth-2 { padding-left: 7.5em; }
.rd-label { display: inline-block; min-width: 2.5em; text-indent: 0; }
.rd-footnote { font-size: 10pt; }
.rd-changes ins { text-decoration: underline; color: #1a4d8f; background: #e8f0fb; }
.rd-changes del { text-decoration: line-through; color: #a3261b; background: #fbeaea; }
.rd-changes .rd-move { text-decoration-style: double; }
.rd-changes ins::before, .rd-changes ins::after, .rd-changes del::before, .rd-changes del::after {
  clip-path: inset(100%); clip: rect(1px, 1px, 1px, 1px); height: 1px; width: 1px; overflow: hidden; position: absolute; white-space: nowrap;
}
.rd-changes ins::before { content: " [insertion start] "; }
.rd-changes ins::after { content: " [insertion end] "; }
.rd-changes del::before { content: " [deletion start] "; }
.rd-changes del::after { content: " [deletion end] "; }
`;

/** Escape text for HTML and show footnote references `[^k]` as superscripts. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(footnoteRefPattern(), '<sup class="rd-fnref">$1</sup>');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** A span as HTML; a renumbered footnote reference is the same footnote, shown once with its new number. */
function spanHtml(span: TextSpan, extraClass = ''): string {
  const cls = extraClass ? ` class="${extraClass}"` : '';
  if (span.op === 'insert') return `<ins${cls}>${escapeHtml(span.text)}</ins>`;
  if (span.op === 'delete') return `<del${cls}>${escapeHtml(span.text)}</del>`;
  if (span.baseText !== undefined) return `<span class="rd-renumbered" data-was="${escapeAttribute(span.baseText)}">${escapeHtml(span.text)}</span>`;
  return escapeHtml(span.text);
}

/** A footnote's label `[^k]` prints as its number. */
function labelText(row: ChangeRow, span: TextSpan): TextSpan {
  if (row.kind !== 'footnote') return span;
  const bare = (t: string): string => String(footnoteRefNumber(t) ?? t);
  return { ...span, text: bare(span.text), ...(span.baseText === undefined ? {} : { baseText: bare(span.baseText) }) };
}

function labelHtml(row: ChangeRow): string {
  if (row.labelSpans.length === 0) return '';
  const cls = row.relabelled && row.status !== 'inserted' && row.status !== 'deleted' ? 'rd-relabel' : '';
  const inner = row.labelSpans.map((s) => spanHtml(labelText(row, s), cls)).join('');
  return `<span class="rd-label${row.relabelled ? ' rd-relabelled' : ''}">${inner}</span>`;
}

/** The mark of a line break the draft inserted (a split) or deleted (a merge), shown as a pilcrow. */
function lineEndHtml(row: ChangeRow): string {
  if (row.lineEnd === 'inserted') return '<ins class="rd-break" title="line split">\u00B6</ins>';
  if (row.lineEnd === 'deleted') return '<del class="rd-break" title="lines joined">\u00B6</del>';
  return '';
}

function rowHtml(row: ChangeRow): string {
  const classes = ['rd-row', `rd-${row.kind}`, `rd-${row.status}`];
  const depth = row.draft?.depth ?? row.base?.depth ?? 0;
  if (row.kind === 'item') classes.push(`rd-depth-${depth}`);
  let attrs = '';
  let markClass = '';
  if (row.move) {
    classes.push(row.move.role === 'from' ? 'rd-moved-from' : 'rd-moved-to');
    attrs = ` data-move="${row.move.id}"`;
    markClass = 'rd-move';
  }
  const text = row.spans.map((s) => spanHtml(s, markClass)).join('') + lineEndHtml(row);
  const body = row.kind === 'footnote' ? `${labelHtml(row)} ${text}` : `${labelHtml(row)}${text}`;
  return `<p class="${classes.join(' ')}"${attrs}>${body}</p>`;
}

/**
 * Render a change set as semantic HTML, a plain mapping of its rows: `<ins>`/`<del>` marks,
 * `rd-relabel` on relabels, `rd-moved-from`/`rd-moved-to` with `data-move` on moved items, a
 * pilcrow mark where a line was split or joined, one `<p>` per row.
 */
export function toHtml(changes: ChangeSet, options: HtmlOptions = {}): string {
  const rows = changes.rows.map(rowHtml).join('\n');
  const article = `<article class="rd-changes" data-action="${changes.action}">\n${rows}\n</article>`;
  if (!options.document) return article;
  const title = escapeHtml(options.title ?? `${changes.action} proposal`);
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>${CHANGES_CSS}</style>\n</head>\n<body>\n<p class="rd-symbol"><strong>${changes.action}</strong></p>\n${article}\n</body>\n</html>\n`;
}
