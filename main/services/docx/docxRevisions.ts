import { DeletedTextRun, FootnoteReference, InsertedTextRun, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { PieceOp } from '../../../shared/export/markedPieces';
import type { MoveMark } from './moveRevisions';
import { runDirection, type DocxDirection } from './docxDirection';

/** The content of one run: text, a tab, or a footnote reference (by footnote id). */
export type RunContent = { text: string } | { tab: true } | { footnote: number };

/** How far apart the two revision times are: LibreOffice merges revisions less than a minute apart. */
const SLOT_MS = 2 * 60 * 1000;

/**
 * Writes runs with Word revision marks. Every `w:ins`/`w:del` gets a fresh id and the same author;
 * the paragraph-mark marks (`w:pPr/w:rPr/w:ins`) come from {@link paragraphMark}.
 *
 * Revisions carry the export time (`slot` 0), never a later one. LibreOffice (7.4, checked by
 * `test/lo/libreOffice.test.ts` with every revision at one time) combines an insertion that ends
 * a paragraph with one that starts the next paragraph when author and time (to the minute, one
 * minute either way) agree, swallowing the unmarked paragraph mark between them, so Reject All
 * would join the two paragraphs. Word keeps them apart, but a file that LibreOffice misreads is
 * no good to a delegate. So in exactly those places the paragraph writer puts the second
 * paragraph of the pair in `slot` 1: two minutes before the export time (not after: no revision
 * is ever stamped in the future). Every other revision, nearly all of them, has the export time.
 */
export class RevisionWriter {
  private nextId = 1;
  private readonly dates: [string, string];
  /** Which of the two revision times the next runs get (0 = the export time, 1 = two minutes before it). */
  slot: 0 | 1 = 0;
  /** While set, marked runs are one place of this move (see `moveRevisions.ts`). */
  move: { role: 'from' | 'to'; name: string } | undefined;
  /** The revision ids written as moves, for {@link withMoveRevisions}. */
  readonly moves = new Map<number, MoveMark>();

  constructor(
    /** Who the revisions written now are by (the synoptic table switches it per source). */
    public author: string,
    date: string,
    /** The document's direction: in a right-to-left one, runs without Latin letters are `w:rtl` (`docxDirection.ts`). */
    private readonly direction: DocxDirection = { rtl: false },
  ) {
    const earlier = new Date(new Date(date).getTime() - SLOT_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.dates = [date, earlier];
  }

  /** The time stamped on revisions written now. */
  get date(): string {
    return this.dates[this.slot];
  }

  /** The document's direction, for the paragraphs its runs go into. */
  get dir(): DocxDirection {
    return this.direction;
  }

  /** A run for `content` under `op`: plain for equal, wrapped in `w:ins` or `w:del` otherwise. */
  run(op: PieceOp, content: RunContent): ParagraphChild {
    const style = 'footnote' in content ? 'FootnoteReference' : undefined;
    const children = 'tab' in content ? [new Tab()] : 'footnote' in content ? [new FootnoteReference(content.footnote)] : undefined;
    const text = 'text' in content ? content.text : undefined;
    const dir = runDirection(this.direction, text);
    if (op === 'equal') return new TextRun({ text, children, style, ...dir });
    const mark = { id: this.nextId++, author: this.author, date: this.date };
    if (this.move) this.moves.set(mark.id, { ...this.move, author: this.author, date: this.date });
    if (op === 'insert') return new InsertedTextRun({ ...mark, text, children, style, ...dir });
    return new DeletedTextRun({ ...mark, text, children, style, ...dir });
  }

  /**
   * Run options marking a paragraph's own mark as inserted or deleted. Word encodes a whole
   * inserted paragraph this way: its content in `w:ins` and the paragraph mark it created
   * (its own) marked inserted, so Reject All removes exactly `content + ¶` and the neighbours
   * keep their own marks and properties. A deleted paragraph mirrors it with `w:del`.
   */
  paragraphMark(op: PieceOp): { insertion?: { id: number; author: string; date: string }; deletion?: { id: number; author: string; date: string } } {
    if (op === 'equal') return {};
    const mark = { id: this.nextId++, author: this.author, date: this.date };
    return op === 'insert' ? { insertion: mark } : { deletion: mark };
  }
}

/** Collects footnotes in document order; ids are handed out ascending as references are written. */
export class FootnoteCollector {
  /** What `new Document({ footnotes })` takes. */
  readonly notes: Record<string, { children: Paragraph[] }> = {};
  private nextId = 1;

  /** Register a footnote body and return its id (the next one, so ids follow the reading order). */
  add(children: Paragraph[]): number {
    const id = this.nextId++;
    this.notes[String(id)] = { children };
    return id;
  }

  /** How many footnotes were written. */
  get count(): number {
    return this.nextId - 1;
  }
}
