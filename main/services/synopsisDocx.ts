/**
 * The synoptic table as a Word document (the secretariat's compilation of proposals): per
 * resolution, a heading and one table with a column for the baseline text and one per source.
 *
 * How it maps to the resolution text layout (what the LibreOffice proof checks): the first row of
 * each table is its header (the baseline's number line; each source's name, symbol, proposal
 * number and reasons). Every later row is one synopsis row, and each of its cells holds one
 * paragraph: in the baseline column the baseline line (empty on a row a source inserts); in a
 * source's column that source's line with real Word revision marks (`w:ins`/`w:del`, the source's
 * name as author), the baseline line unmarked where it changes nothing, empty where it inserts
 * nothing. Lines read `label<TAB>text`; footnote references and footnote lines are written as in the
 * layout (`[^k]`, `[^k]: text`). So a source's column, its non-empty cells read top to bottom,
 * is that source's draft after Accept All and the baseline after Reject All, line for line.
 * Cells where sources conflict are shaded orange, cells agreeing with another source green.
 *
 * The WordprocessingML is written directly (a few fixed parts, zipped with fflate): a table of
 * 40 sources has thousands of cells, and an object model per run costs more than the text itself.
 */
import { strToU8, zipSync } from 'fflate';
import type { ChangeRow, RowSide } from '../../shared/engine/changeSet';
import { linePrefix } from '../../shared/engine/toWordDiff';
import { attribution } from '../../shared/synopsis/synopsisText';
import type { Synopsis, SynopsisRow } from '../../shared/synopsis/synopsisTypes';

/** Fill colours (Word shading, hex RGB). */
const CONFLICT_FILL = 'F8CBAD';
const AGREEMENT_FILL = 'E2EFDA';
const HEADER_FILL = 'DEEAF6';
/** A4 landscape with 1.5 cm margins, in twips. */
const PAGE_W = 16838;
const PAGE_H = 11906;
const MARGIN = 850;
const TABLE_WIDTH = PAGE_W - 2 * MARGIN;

type Op = 'equal' | 'insert' | 'delete';

/** Options of the synoptic .docx. */
export interface SynopsisDocxOptions {
  /** ISO 8601 time stamped on every revision (default: now). */
  date?: string;
}

/** Characters XML 1.0 cannot hold (they are not text in a resolution either). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function esc(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes runs with revision marks; every mark gets its own id. */
class Marks {
  private nextId = 1;
  constructor(private readonly date: string) {}

  /** Runs for `text` under `op` by `author`; tabs become real tabs. */
  runs(op: Op, text: string, author: string): string {
    if (text === '') return '';
    const textTag = op === 'delete' ? 'w:delText' : 'w:t';
    const inner = text
      .split('\t')
      .map((part, i) => `${i > 0 ? '<w:tab/>' : ''}${part === '' ? '' : `<${textTag} xml:space="preserve">${esc(part)}</${textTag}>`}`)
      .join('');
    const run = `<w:r>${inner}</w:r>`;
    if (op === 'equal') return run;
    const tag = op === 'insert' ? 'w:ins' : 'w:del';
    return `<${tag} w:id="${this.nextId++}" w:author="${esc(author)}" w:date="${this.date}">${run}</${tag}>`;
  }
}

/** A row's line with its marks: the label (relabels struck and inserted), then the spans. */
function markedRuns(row: ChangeRow, author: string, marks: Marks): string {
  if (row.status === 'inserted') return marks.runs('insert', `${linePrefix(row.kind, row.draft)}${row.draft!.text}`, author);
  if (row.status === 'deleted') return marks.runs('delete', `${linePrefix(row.kind, row.base)}${row.base!.text}`, author);
  let out = '';
  const before = linePrefix(row.kind, row.base);
  const after = linePrefix(row.kind, row.draft);
  const tail = (side: RowSide | undefined, prefix: string): string => (side?.label === undefined ? '' : prefix.slice(side.label.length));
  if (before === after) out += marks.runs('equal', before, author);
  else if (row.base!.label !== undefined && row.draft!.label !== undefined && tail(row.base, before) === tail(row.draft, after)) {
    out += marks.runs('delete', row.base!.label, author) + marks.runs('insert', row.draft!.label, author) + marks.runs('equal', tail(row.base, before), author);
  } else {
    out += marks.runs('delete', before, author) + marks.runs('insert', after, author);
  }
  for (const span of row.spans) {
    // a renumbered footnote reference (the same footnote): this writer shows both numbers as text
    if (span.baseText !== undefined) out += marks.runs('delete', span.baseText, author) + marks.runs('insert', span.text, author);
    else out += marks.runs(span.op, span.text, author);
  }
  return out;
}

function shading(fill: string | undefined): string {
  return fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
}

function cell(runs: string, width: number, fill?: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading(fill)}</w:tcPr><w:p>${runs}</w:p></w:tc>`;
}

function para(text: string, props = '', runProps = ''): string {
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r>${runProps ? `<w:rPr>${runProps}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

function headerCell(lines: Array<{ text: string; bold?: boolean }>, width: number): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading(HEADER_FILL)}</w:tcPr>${lines.map((l) => para(l.text, '', l.bold ? '<w:b/>' : '')).join('')}</w:tc>`;
}

function bodyRow(s: Synopsis, row: SynopsisRow, widths: number[], marks: Marks): string {
  const plain = row.place === 'baseline' ? marks.runs('equal', row.baseline!, '') : '';
  let cells = cell(plain, widths[0], row.conflict ? CONFLICT_FILL : undefined);
  const bySource = new Map(row.entries.map((e) => [e.source, e]));
  s.sources.forEach((src, i) => {
    const e = bySource.get(i);
    if (!e) {
      cells += cell(plain, widths[i + 1]);
      return;
    }
    const conflicted = row.conflicts.some((c) => c.sources.includes(i));
    const agreed = row.groups.some((g) => g.sources.length > 1 && g.sources.includes(i)) || row.words.some((w) => w.sources.length > 1 && w.sources.includes(i));
    cells += cell(markedRuns(e.row, src.name, marks), widths[i + 1], conflicted ? CONFLICT_FILL : agreed ? AGREEMENT_FILL : undefined);
  });
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
}

function widthsFor(sources: number): number[] {
  const base = Math.round(TABLE_WIDTH / (sources + 1));
  return [base, ...Array.from({ length: sources }, () => Math.floor((TABLE_WIDTH - base) / sources))];
}

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`).join('');

function resolutionBlock(s: Synopsis, marks: Marks, first: boolean): string {
  const widths = widthsFor(s.sources.length);
  const header =
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>' +
    headerCell([{ text: 'Baseline', bold: true }, { text: s.numberLine }], widths[0]) +
    s.sources.map((src, i) => headerCell([{ text: src.name, bold: true }, { text: `${src.symbol}${src.proposal ? ` ${src.proposal}` : ''}` }, ...(src.reasons ? [{ text: `Reasons: ${src.reasons}` }] : [])], widths[i + 1])).join('') +
    '</w:tr>';
  const conflicts = s.rows.flatMap((r) => r.conflicts.map((c) => `Conflict, ${r.place === 'baseline' ? `line ${r.line! + 1}` : `after line ${r.after! + 1}`}: ${c.reason}`));
  const summary = `Sources: ${s.sources.map(attribution).join('; ')}. ${s.stats.changedRows} lines changed, ${s.stats.agreements} with agreement, ${s.stats.conflicts} with conflicts. Shaded orange: changes that conflict; green: a change several sources make alike.`;
  return (
    para(`Synopsis of proposals on ${s.numberLine}`, first ? '' : '<w:pageBreakBefore/>', '<w:b/><w:sz w:val="28"/>') +
    para(s.title, '', '<w:i/>') +
    para(summary) +
    conflicts.map((c) => para(c)).join('') +
    `<w:tbl><w:tblPr><w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    header +
    s.rows.map((r) => bodyRow(s, r, widths, marks)).join('') +
    '</w:tbl><w:p/>'
  );
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const ROOT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const DOC_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `${XML}<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

function core(date: string): string {
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Synopsis of proposals</dc:title><dc:creator>Resolution Drafter</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created></cp:coreProperties>`;
}

/** The synoptic .docx of one or more resolutions (bytes of the zip). */
export async function synopsisToDocx(synopses: readonly Synopsis[], options: SynopsisDocxOptions = {}): Promise<Uint8Array> {
  const d = options.date === undefined ? new Date() : new Date(options.date);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid date "${options.date}": expected an ISO 8601 time such as 2025-11-17T09:00:00Z`);
  const date = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const marks = new Marks(date);
  const body = synopses.map((s, i) => resolutionBlock(s, marks, i === 0)).join('');
  const section = `<w:sectPr><w:pgSz w:w="${PAGE_W}" w:h="${PAGE_H}" w:orient="landscape"/><w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="425" w:footer="425" w:gutter="0"/></w:sectPr>`;
  const document = `${XML}<w:document ${W_NS}><w:body>${body}${section}</w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'docProps/core.xml': strToU8(core(date)),
      'word/_rels/document.xml.rels': strToU8(DOC_RELS),
      'word/styles.xml': strToU8(STYLES),
      'word/document.xml': strToU8(document),
    },
    { level: 6 },
  );
}
