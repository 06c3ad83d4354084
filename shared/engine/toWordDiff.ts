import type { ChangeRow, ChangeSet, RowSide } from './changeSet';

/** The text before a line's content: `b)<TAB>` for items, `[^2]: ` for footnote bodies, else nothing. */
export function linePrefix(kind: ChangeRow['kind'], side: RowSide | undefined): string {
  if (!side || side.label === undefined) return '';
  return kind === 'footnote' ? `${side.label}: ` : `${side.label}\t`;
}

/**
 * Render a change set in the word-diff notation (`text-format.md` §2): `[-deleted-]` and
 * `{+inserted+}` in the draft's layout. Dropping deletions and unwrapping insertions gives the
 * draft byte for byte; dropping insertions and unwrapping deletions gives the baseline.
 */
export function toWordDiff(changes: ChangeSet): string {
  const out = new MarkWriter();
  let previous: ChangeRow | undefined;
  for (const row of changes.rows) {
    // Whole inserted (or deleted) lines in a row share one mark; any other row starts its own.
    const wholeLine = row.status === 'inserted' || row.status === 'deleted';
    if (!(wholeLine && previous?.status === row.status && !row.move && !previous.move)) out.endMark();
    previous = row;
    if (row.status === 'inserted') {
      out.write('insert', `${linePrefix(row.kind, row.draft)}${row.draft!.text}\n`);
      continue;
    }
    if (row.status === 'deleted') {
      out.write('delete', `${linePrefix(row.kind, row.base)}${row.base!.text}\n`);
      continue;
    }
    const before = linePrefix(row.kind, row.base);
    const after = linePrefix(row.kind, row.draft);
    if (before === after) out.write('equal', before);
    else if (row.base!.label !== undefined && row.draft!.label !== undefined && before.slice(row.base!.label.length) === after.slice(row.draft!.label.length)) {
      out.write('delete', row.base!.label);
      out.write('insert', row.draft!.label);
      out.write('equal', before.slice(row.base!.label.length));
    } else {
      out.write('delete', before);
      out.write('insert', after);
    }
    for (const span of row.spans) out.write(span.op, span.text);
    out.write('equal', '\n');
  }
  return out.done();
}

/** Writes marked text, merging neighbouring runs of the same kind into one mark. */
class MarkWriter {
  private parts: string[] = [];
  private op: 'equal' | 'insert' | 'delete' = 'equal';
  private buffer = '';

  write(op: 'equal' | 'insert' | 'delete', text: string): void {
    if (text === '') return;
    if (op !== this.op) this.flush();
    this.op = op;
    this.buffer += text;
  }

  /** Close the open mark, so the next text of the same kind starts a new one. */
  endMark(): void {
    this.flush();
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
