/**
 * A paragraph of an ITU source document (the Word original or its plain-text export), before it
 * is placed in a resolution. Both readers (`annexText.ts`, `shared/word/`) yield these, so one
 * splitter (`splitResolutions.ts`) turns either into resolutions.
 */
export interface SourceParagraph {
  /**
   * The paragraph's text: a label and its text are separated by a tab; `\n` marks a manual line
   * break; each footnote reference is {@link FOOTNOTE_MARK}, in the order of `footnotes`.
   */
  text: string;
  /** The bodies of the footnotes referenced in `text`, in order of reference. */
  footnotes: string[];
  /** The paragraph style's name, when the source has one (a hint only). */
  style?: string;
  /** Where the paragraph stands in the source, for reports: `line 123` or `paragraph 45`. */
  where: string;
}

/** Stands for a footnote reference inside {@link SourceParagraph.text} (a private-use character). */
export const FOOTNOTE_MARK = '\uE000';
