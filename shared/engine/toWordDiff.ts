import type { ChangeRow, ChangeSet, RowSide, TextSpan } from './changeSet';

/** The text before a line's content: `b)<TAB>` for items, `[^2]: ` for footnote bodies, else nothing. */
export function linePrefix(kind: ChangeRow['kind'], side: RowSide | undefined): string {
  if (!side || side.label === undefined) return '';
  return `${side.label}${labelSeparator(kind)}`;
}

/** What follows a label in the layout: `: ` after a footnote's `[^k]`, a tab after an item's label. */
export function labelSeparator(kind: ChangeRow['kind']): string {
  return kind === 'footnote' ? ': ' : '\t';
}

/** How the separator after a row's label is marked: kept when both sides have a label, else with the side that has one. */
export function separatorOp(row: ChangeRow): TextSpan['op'] | undefined {
  const before = row.status !== 'inserted' && row.base?.label !== undefined;
  const after = row.status !== 'deleted' && row.draft?.label !== undefined;
  if (before && after) return 'equal';
  if (after) return 'insert';
  if (before) return 'delete';
  return undefined;
}

/** How a row's line end is marked: inserted or deleted with a whole row, or by a split or merge. */
export function lineEndOp(row: ChangeRow): TextSpan['op'] {
  if (row.status === 'inserted' || row.lineEnd === 'inserted') return 'insert';
  if (row.status === 'deleted' || row.lineEnd === 'deleted') return 'delete';
  return 'equal';
}

/**
 * Render a change set in the word-diff notation (`text-format.md` §2): `[-deleted-]` and
 * `{+inserted+}` in the draft's layout, a plain mapping of the rows (label spans, separator, text
 * spans, line end). Dropping deletions and unwrapping insertions gives the draft byte for byte;
 * dropping insertions and unwrapping deletions gives the baseline. Neighbouring marks of one kind
 * print as one; a renumbered footnote reference, which the laws need on both sides, prints as
 * `[-[^1]-]{+[^2]+}`.
 */
export function toWordDiff(changes: ChangeSet): string {
  const out = new MarkWriter();
  for (const row of changes.rows) {
    for (const span of row.labelSpans) out.span(span);
    const sep = separatorOp(row);
    if (sep) out.write(sep, labelSeparator(row.kind));
    for (const span of row.spans) out.span(span);
    out.write(lineEndOp(row), '\n');
  }
  return out.done();
}

/** Writes marked text, merging neighbouring runs of the same kind into one mark. */
class MarkWriter {
  private parts: string[] = [];
  private op: TextSpan['op'] = 'equal';
  private buffer = '';

  span(span: TextSpan): void {
    if (span.op === 'equal' && span.baseText !== undefined) {
      this.write('delete', span.baseText);
      this.write('insert', span.text);
    } else this.write(span.op, span.text);
  }

  write(op: TextSpan['op'], text: string): void {
    if (text === '') return;
    if (op !== this.op) this.flush();
    this.op = op;
    this.buffer += text;
  }

  done(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (this.buffer === '') return;
    if (this.op === 'insert') this.parts.push(`{+${this.buffer}+}`);
    else if (this.op === 'delete') this.parts.push(`[-${this.buffer}-]`);
    else this.parts.push(this.buffer);
    this.buffer = '';
  }
}
