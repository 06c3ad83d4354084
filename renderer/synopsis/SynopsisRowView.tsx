import type { ReactNode } from 'react';
import type { MergeResult, RowDecision } from '../../shared/synopsis/mergeProposal';
import type { Synopsis, SynopsisRow } from '../../shared/synopsis/synopsisTypes';
import { parseFootnoteLine } from '../../shared/grammar/footnoteRef';
import { ChangeRowView } from '../compare/ChangeRowView';
import { RowWording } from './RowWording';
import { listOfNames, t } from '../app/uiLanguage';

const STRINGS = {
  conflict: (reason: string): string => t('synopsisRow.conflict', { reason }),
  take: (names: string): string => t('synopsisRow.take', { names }),
  takeWords: (deleted: string, inserted: string, names: string): string => t('synopsisRow.takeWords', { deleted, inserted, names }),
  get keep() {
    return t('synopsisRow.keep');
  },
  get notDecided() {
    return t('synopsisRow.notDecided');
  },
  get noSource() {
    return t('synopsisRow.noSource');
  },
  takenFrom: (names: string): string => t('synopsisRow.takenFrom', { names }),
  runs: (count: number): string => t('synopsisRow.runs', { count }),
  get leftOut() {
    return t('synopsisRow.leftOut');
  },
  yours: (text: string): string => t('synopsisRow.yours', { text }),
  get kept() {
    return t('synopsisRow.kept');
  },
  relabelled: (count: number, first: string, last: string): string => t('synopsisRow.relabelled', { count, first, last }),

};

/** The names of a row's sources, joined as a list. */
export function sourceNames(s: Synopsis, sources: readonly number[]): string {
  return listOfNames(sources.map((k) => s.sources[k].name), 'unit');
}

/** The text of a decided line without its label. */
function withoutLabel(row: SynopsisRow, line: string): string {
  if (row.kind === 'footnote') return parseFootnoteLine(line)?.text ?? line;
  const tab = line.indexOf('\t');
  return row.kind === 'item' && tab >= 0 ? line.slice(tab + 1) : line;
}

/** What the coordinator decided for a row, in words: the coordinator's own wording is shown. */
function decisionText(s: Synopsis, row: SynopsisRow, d: RowDecision | undefined): string {
  if (!d) return row.entries.length === 0 ? STRINGS.noSource : STRINGS.notDecided;
  if (d.take === 'source') return STRINGS.takenFrom(sourceNames(s, row.groups.find((g) => g.sources.includes(d.source))?.sources ?? [d.source]));
  if (d.take === 'words') return STRINGS.runs(d.runs.length);
  if (d.take === 'edit') return d.line === '' ? STRINGS.leftOut : STRINGS.yours(withoutLabel(row, d.line));
  return STRINGS.kept;
}

/** A row's line as the merge now yields it, split into label and text; on a row yielding none, the line a source proposes or the baseline. */
function rowLineOf(row: SynopsisRow, result: MergeResult | null, ri: number): { label?: string; text: string } {
  const at = result?.rowLines[ri];
  const proposed = row.entries.find((e) => e.row.draft)?.row.draft;
  let line: string;
  if (at !== undefined) line = result!.text.split('\n')[at];
  else if (row.baseline !== undefined) line = row.baseline;
  else return { label: row.kind === 'item' ? proposed?.label : undefined, text: proposed?.text ?? '' };
  if (row.kind === 'footnote') return { text: parseFootnoteLine(line)?.text ?? line };
  const tab = line.indexOf('\t');
  return row.kind === 'item' && tab >= 0 ? { label: line.slice(0, tab), text: line.slice(tab + 1) } : { text: line };
}

interface Props {
  synopsis: Synopsis;
  index: number;
  /** Where the row is, as the text shows it. */
  place: string;
  result: MergeResult | null;
  decision: RowDecision | undefined;
  onDecide(d: RowDecision): void;
  /** Whether a word run (by its group on the row) is among the row's decision. */
  runTaken(group: number): boolean;
  onToggleRun(group: number): void;
  /** The baseline labels of the relabel-only rows this row's change causes (folded into it). */
  relabels: string[];
}

/** One row of the coordinator's desk: the adopted line, each source's change, the decision, and the relabels it causes. */
export function SynopsisRowView({ synopsis: s, index: i, place, result, decision, onDecide, runTaken, onToggleRun, relabels }: Props): ReactNode {
  const row = s.rows[i];
  return (
    <tr data-row={i} data-line={row.line !== undefined ? row.line + 1 : undefined} className={row.conflict ? 'synopsis-conflict' : row.agreement ? 'synopsis-agreement' : undefined}>
      <th scope="row" tabIndex={-1}>
        {place}
        {row.baseline !== undefined && <div className="synopsis-baseline">{row.baseline}</div>}
      </th>
      <td>
        {row.conflicts.map((c) => (
          <p key={c.reason} className="synopsis-reason">
            {STRINGS.conflict(c.reason)}
          </p>
        ))}
        {row.groups.map((g) => {
          const entry = row.entries.find((e) => e.source === g.sources[0])!;
          return (
            <div key={g.sources.join(',')} className="synopsis-change">
              <button type="button" aria-pressed={decision?.take === 'source' && g.sources.includes(decision.source)} onClick={() => onDecide({ take: 'source', source: g.sources[0] })}>
                {STRINGS.take(sourceNames(s, g.sources))}
              </button>
              {/* the change as the engine marks it (the synoptic table's marks), not its notation */}
              <div className="synopsis-notation" data-notation={g.notation}>
                <ChangeRowView row={entry.row} index={i} current={false} />
              </div>
            </div>
          );
        })}
        {row.place === 'baseline' &&
          row.words.map((w, gi) => (
            <button key={`w${gi}`} type="button" className={w.conflict ? 'synopsis-run synopsis-run-conflict' : 'synopsis-run'} aria-pressed={runTaken(gi)} onClick={() => onToggleRun(gi)}>
              {STRINGS.takeWords(w.deleted, w.inserted, sourceNames(s, w.sources))}
            </button>
          ))}
        {relabels.length > 0 && <p className="hint synopsis-relabels">{STRINGS.relabelled(relabels.length, relabels[0], relabels[relabels.length - 1])}</p>}
        <div className="synopsis-decide">
          <button type="button" aria-pressed={decision?.take === 'baseline'} onClick={() => onDecide({ take: 'baseline' })}>
            {STRINGS.keep}
          </button>
          <RowWording
            where={place}
            current={rowLineOf(row, result, i).text}
            active={decision?.take === 'edit'}
            onUse={(text) => {
              const label = rowLineOf(row, result, i).label;
              onDecide({ take: 'edit', line: text !== '' && label !== undefined ? `${label}\t${text}` : text });
            }}
          />
        </div>
        <p className="synopsis-decision">{decisionText(s, row, decision)}</p>
      </td>
    </tr>
  );
}
