import { proposalView } from '../engine/proposalView';
import { CHANGES_CSS, escapeHtml, toHtml } from '../engine/toHtml';
import { conferenceLines, contactLines, coverDate, coverFields, coverWords, documentLine, documentReference, fieldColon, originalLine } from './coverLines';
import { grammarOf } from '../grammar/grammars';
import { ADMINISTRATION_HEAD, COSIGNATURES_HEADING, COSIGNED_MARK, allCosignatories, cosignatureTable, type CosignatureTable } from './cosignatures';
import type { ContributionSettings } from '../contribution/schema';
import type { ExportContribution, ExportOptions, ExportProposal } from './exportTypes';

/** Page and cover styles added to the change-mark styles for the printable preview. */
const PREVIEW_CSS = `
@page { size: A4; margin: 2.5cm 2cm; }
body { margin: 0 auto; max-width: 17cm; font-family: "Times New Roman", Times, serif; font-size: 12pt; }
.rd-cosignatures table { border-collapse: collapse; width: 100%; }
.rd-cosignatures th, .rd-cosignatures td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; }
.rd-cosignatures th[scope="row"] { text-align: left; font-weight: normal; }
.rd-cover { border-bottom: 1px solid #000; padding-bottom: 12pt; margin-bottom: 12pt; }
.rd-cover p { margin: 0 0 4pt; }
.rd-cover .rd-right { text-align: right; }
.rd-cover .rd-field { padding-left: 3.5cm; text-indent: -3.5cm; }
.rd-cover .rd-field b { display: inline-block; min-width: 3.5cm; text-indent: 0; }
.rd-proposal { margin-top: 24pt; }
.rd-proposal-head { font-weight: bold; break-after: avoid; }
.rd-proposal-head .rd-number { font-weight: normal; margin-left: 2em; }
.rd-numberLine { text-transform: uppercase; font-size: 14pt; margin-top: 18pt; }
.rd-title { font-size: 14pt; }
.rd-call { margin-left: 1.4cm; break-after: avoid; }
.rd-reasons { margin-top: 12pt; }
.rd-footnote { border-top: 1px solid #999; padding-top: 2pt; }
.rd-footnote ~ .rd-footnote { border-top: none; }
`;

/**
 * The ITU page header as printed pages carry it (as the .docx has it): on every page after the
 * first, centred, `- N -` (the page counter) and the document reference; the title page has none.
 */
function pageHeaderCss(settings: ContributionSettings): string {
  // a CSS string inside <style>: anything but plain characters as a hex escape (no `"`, `\`, `<`, line ends)
  const reference = documentReference(settings).replace(/[^\p{L}\p{N} ./()…[\]+-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
  return `
@page { @top-center { content: "- " counter(page) " -\\A ${reference}"; white-space: pre; font-family: "Times New Roman", Times, serif; font-size: 12pt; vertical-align: bottom; padding-bottom: 6pt; } }
@page :first { @top-center { content: none; } }
`;
}

/**
 * The printable HTML preview of a contribution (the app prints it to PDF): the cover block, then
 * each proposal with its symbol and number, the resolution and `Reasons:`; printed pages after
 * the first carry the ITU page header (`- 2 -`, `WTDC-25/42(Add.1)-E`). MOD proposals show
 * `<ins>`/`<del>` marks (none in `clean` mode); ADD is plain; SUP and NOC show number and title.
 */
export function toPreviewHtml(contribution: ExportContribution, options: ExportOptions = {}): string {
  const { css, body, title, language, direction } = previewParts(contribution, options);
  return `<!doctype html>\n<html lang="${language}"${direction === 'rtl' ? ' dir="rtl"' : ''}>\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>${css}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** The parts of the printable preview: its stylesheet, the body's HTML, the (escaped) title. */
export interface PreviewParts {
  css: string;
  body: string;
  title: string;
  language: string;
  /** `rtl` for a contribution in Arabic. */
  direction: 'ltr' | 'rtl';
}

/** The preview as parts, for a host that shows it inside its own page (the app's print preview). */
export function previewParts(contribution: ExportContribution, options: ExportOptions = {}): PreviewParts {
  const clean = options.mode === 'clean';
  const date = options.date ?? new Date().toISOString();
  const s = contribution.settings;
  const words = coverWords(s);
  const colon = fieldColon(s);
  const field = (label: string, value: string): string => `<p class="rd-field"><b>${escapeHtml(label)}${colon}</b>${escapeHtml(value)}</p>`;
  const cover = [
    ...conferenceLines(s).map((l) => `<p>${escapeHtml(l)}</p>`),
    `<p><strong>${escapeHtml(words.plenaryMeeting)}</strong></p>`,
    `<p class="rd-right"><strong>${escapeHtml(documentLine(s))}</strong></p>`,
    `<p class="rd-right">${escapeHtml(coverDate(date, s))}</p>`,
    `<p class="rd-right">${escapeHtml(originalLine(s))}</p>`,
    ...coverFields(s, allCosignatories(contribution.proposals)).map(([k, v]) => field(k, v)),
    ...(contactLines(s).length > 0 ? [`<p class="rd-field"><b>${escapeHtml(words.contact)}${colon}</b></p>`, ...contactLines(s).map(([k, v]) => field(k, v))] : []),
  ].join('\n');
  const reasons = `${words.reasons}${colon}`;
  const direction = grammarOf(s.language).direction;
  const proposals = contribution.proposals.map((p) => proposalHtml(p, clean, reasons, direction === 'rtl')).join('\n') + cosignaturesHtml(cosignatureTable(contribution.proposals));
  return {
    css: CHANGES_CSS + PREVIEW_CSS + pageHeaderCss(s),
    body: `<section class="rd-cover">\n${cover}\n</section>\n${proposals}`,
    title: escapeHtml(s.cover.title || 'Contribution'),
    language: s.language,
    direction,
  };
}

/** The co-signature table after the proposals, as the .docx has it. */
function cosignaturesHtml(table: CosignatureTable | null): string {
  if (!table) return '';
  const head = `<tr><th scope="col">${escapeHtml(ADMINISTRATION_HEAD)}</th>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
  const rows = table.rows.map((r) => `<tr><th scope="row">${escapeHtml(r.administration)}</th>${r.signs.map((x) => `<td>${x ? COSIGNED_MARK : ''}</td>`).join('')}</tr>`);
  return `\n<section class="rd-cosignatures">\n<p class="rd-proposal-head">${escapeHtml(COSIGNATURES_HEADING)}</p>\n<table>\n<thead>${head}</thead>\n<tbody>${rows.join('\n')}</tbody>\n</table>\n</section>`;
}

function proposalHtml(p: ExportProposal, clean: boolean, reasonsLabel: string, rtl: boolean): string {
  // the symbol and number stay in Latin letters in every language: on a right-to-left page they are isolated, so they keep their order
  const ltr = (text: string): string => (rtl ? `<bdi dir="ltr">${escapeHtml(text)}</bdi>` : escapeHtml(text));
  const head = `<p class="rd-proposal-head">${ltr(p.symbol)}<span class="rd-number">${ltr(p.number)}</span></p>`;
  const reasons = `<p class="rd-reasons"><strong>${escapeHtml(reasonsLabel)}</strong> ${escapeHtml(p.reasons)}</p>`;
  return `<section class="rd-proposal" data-symbol="${p.symbol}">\n${head}\n${toHtml({ ...p.changes, rows: proposalView(p.symbol, p.changes, clean).rows })}\n${reasons}\n</section>`;
}
