/**
 * The resolution model: one structure for the parser, the editor, the engine and every exporter.
 *
 * Labels are not stored: an item's label is derived from its list's kind and its position
 * (see `shared/grammar/labels.ts`), so inserting or removing an item renumbers everything after it.
 * Footnote references stay inline in the text as `[^k]`; their bodies live in `footnotes`.
 */

/**
 * The kinds of labelled list found in ITU resolutions: letters `a)` (`alpha`; in Arabic texts the
 * abjad letters `أ)`, `ب)` …, `abjad`), numbers `1` and `1)`, roman numerals `i)`, the dash `–`.
 */
export type ListKind = 'alpha' | 'numeric' | 'numericParen' | 'roman' | 'dash' | 'abjad';

/** A labelled item; `sublist` holds its sub-items (e.g. `i)`, `ii)` under item `7`). */
export interface Item {
  text: string;
  sublist?: List;
  /**
   * Inserted after the item before it without renumbering the items after it, as ITU texts do
   * (`bbis)` after `b)`, then `bter)`): it takes that item's label with `bis`, `ter` …
   */
  bis?: true;
}

/** A run of consecutively labelled items of one kind. */
export interface List {
  type: 'list';
  kind: ListKind;
  items: Item[];
}

/** An unlabelled paragraph under a call (ends with `,` `;` `.` or `:`). */
export interface Paragraph {
  type: 'paragraph';
  text: string;
}

/** What a call contains, in order. */
export type Block = Paragraph | List;

/** A call: a preambular or operative phrase (`considering`, `resolves to instruct …`) and its body. */
export interface Call {
  phrase: string;
  blocks: Block[];
}

/** A footnote body; `id` is the number used in `[^id]` references in the text. */
export interface Footnote {
  id: number;
  text: string;
}

/** A whole resolution as laid out in the resolution text layout. */
export interface Resolution {
  /** `RESOLUTION 5 (Rev. Kigali, 2022)` or `DRAFT NEW RESOLUTION [ABC-1]`, exactly as written. */
  numberLine: string;
  title: string;
  /** `The World Telecommunication Development Conference (Kigali, 2022),` */
  conferenceLine: string;
  calls: Call[];
  footnotes: Footnote[];
}
