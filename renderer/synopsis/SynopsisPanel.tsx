import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ResolutionSummary } from '../../shared/corpus/edition';
import type { FileEntry, HostApi } from '../../shared/host/hostApi';
import type { Provenance } from '../../shared/contribution/provenanceSchema';
import type { Resolution } from '../../shared/model/resolution';
import { parseFootnoteLine } from '../../shared/grammar/footnoteRef';
import { MergeDecisionError, mergeSynopsis, type MergeResult, type RowDecision } from '../../shared/synopsis/mergeProposal';
import { provenanceOf } from '../../shared/synopsis/provenance';
import type { Synopsis, SynopsisRow } from '../../shared/synopsis/synopsisTypes';
import { fromText } from '../../shared/text/fromText';
import { RowWording } from './RowWording';

interface Props {
  host: HostApi;
  summaries: ResolutionSummary[];
  /** Add the merged draft as a proposal with its provenance; returns an error message when it cannot be added. */
  onAdopt(number: string, edition: string, draft: Resolution, reasons: string, provenance: Provenance): string | null;
  onClose(): void;
}

function where(row: SynopsisRow): string {
  return row.place === 'baseline' ? `Line ${row.line! + 1}` : `New after line ${row.after! + 1}`;
}

function decisionLabel(s: Synopsis, d: RowDecision | undefined): string {
  if (!d) return 'not decided';
  if (d.take === 'source') return `taken from ${s.sources[d.source].name}`;
  if (d.take === 'words') return `${d.runs.length} word run${d.runs.length === 1 ? '' : 's'} taken`;
  if (d.take === 'edit') return d.line === '' ? 'left out (your wording is empty)' : 'your wording';
  return 'adopted text kept';
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

/**
 * The coordinator's desk: compile several contribution files' proposals on one resolution
 * (the engine's synopsis, through the host), take each changed row from a source or keep the
 * adopted text, resolve every conflict, and adopt the result as an ordinary proposal whose
 * reasons record which sources each adopted change came from.
 */
export function SynopsisPanel({ host, summaries, onAdopt, onClose }: Props): ReactNode {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [number, setNumber] = useState(summaries[0]?.number ?? '');
  const [synopsis, setSynopsis] = useState<Synopsis | null>(null);
  const [baseline, setBaseline] = useState<Resolution | null>(null);
  const [decisions, setDecisions] = useState<Map<number, RowDecision>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const [allRows, setAllRows] = useState(false);

  useEffect(() => {
    host.listContributionFiles().then(setFiles, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [host]);

  const compile = async (): Promise<void> => {
    setError(null);
    try {
      const s = await host.compileSynopsis(chosen, number);
      setBaseline(fromText(await host.getBaselineText(s.number, s.edition)));
      setSynopsis(s);
      setDecisions(new Map());
    } catch (e) {
      setSynopsis(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const merged = useMemo(() => {
    if (!synopsis || !baseline) return null;
    try {
      return { result: mergeSynopsis(synopsis, baseline, decisions), error: null };
    } catch (e) {
      return { result: null, error: e instanceof MergeDecisionError || e instanceof Error ? e.message : String(e) };
    }
  }, [synopsis, baseline, decisions]);

  const decide = (row: number, d: RowDecision): void => setDecisions((prev) => new Map(prev).set(row, d));

  /** Add or remove one word run (by its group on the row) in the row's word-run decision. */
  const toggleRun = (ri: number, gi: number): void => {
    if (!synopsis) return;
    const row = synopsis.rows[ri];
    const g = row.words[gi];
    const source = g.sources[0];
    const run = row.entries.find((e) => e.source === source)!.words.findIndex((w) => w.start === g.start && w.end === g.end && w.replacement === g.replacement);
    setDecisions((prev) => {
      const d = prev.get(ri);
      const picks = d?.take === 'words' ? d.runs : [];
      const has = picks.some((p) => p.source === source && p.run === run);
      const next = has ? picks.filter((p) => !(p.source === source && p.run === run)) : [...picks, { source, run }];
      const out = new Map(prev);
      if (next.length === 0) out.delete(ri);
      else out.set(ri, { take: 'words', runs: next });
      return out;
    });
  };

  const runTaken = (ri: number, gi: number): boolean => {
    const d = decisions.get(ri);
    if (!synopsis || d?.take !== 'words') return false;
    const g = synopsis.rows[ri].words[gi];
    return d.runs.some((p) => {
      const w = synopsis.rows[ri].entries.find((e) => e.source === p.source)?.words[p.run];
      return w !== undefined && w.start === g.start && w.end === g.end && w.replacement === g.replacement;
    });
  };

  const adopt = (): void => {
    if (!synopsis || !merged?.result) return;
    const s = synopsis;
    const provenance = merged.result.adopted.map((a) => `${where(s.rows[a.row]).toLowerCase()}: ${a.sources.length ? a.sources.join(', ') : 'the coordinator'}`);
    const reasons = `Common proposal compiled from ${s.sources.map((x) => (x.proposal ? `${x.name} (${x.proposal})` : x.name)).join(', ')}. Changes taken: ${provenance.join('; ') || 'none'}.`;
    const refused = onAdopt(s.number, s.edition, merged.result.draft, reasons, provenanceOf(s, merged.result));
    if (refused) setError(refused);
  };

  /** Bring a row into view and put the focus on it. */
  const jumpTo = (ri: number): void => {
    const th = table.current?.querySelector<HTMLElement>(`tr[data-row="${ri}"] th`);
    th?.scrollIntoView({ block: 'center' });
    th?.focus();
  };

  const unresolvedRows = merged?.result?.unresolved ?? [];
  const unresolved = unresolvedRows.length;
  const undecided = merged?.result?.undecided.length ?? 0;
  return (
    <section className="synopsis-panel" aria-label="Synopsis of proposals">
      <h2>Synopsis and common proposal</h2>
      <fieldset>
        <legend>Sources (contribution files in the data folder)</legend>
        {files.length === 0 && <p className="hint">No contribution files in the data folder.</p>}
        {files.map((f) => (
          <label key={f.path} className="synopsis-source">
            <input type="checkbox" checked={chosen.includes(f.path)} onChange={(e) => setChosen((prev) => (e.target.checked ? [...prev, f.path] : prev.filter((p) => p !== f.path)))} />
            {f.name}
          </label>
        ))}
      </fieldset>
      <label>
        Resolution{' '}
        <select value={number} onChange={(e) => setNumber(e.target.value)} aria-label="Resolution">
          {summaries.map((r) => (
            <option key={r.number} value={r.number}>
              {r.number}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" disabled={chosen.length === 0 || !number} onClick={() => void compile()}>
        Compile
      </button>{' '}
      <button type="button" onClick={onClose}>
        Close
      </button>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      {synopsis && merged && (
        <>
          <p role="status" data-testid="synopsis-status">
            {synopsis.sources.length} sources; {unresolved} conflict{unresolved === 1 ? '' : 's'} unresolved; {undecided} changed row{undecided === 1 ? '' : 's'} not decided
          </p>
          {merged.error && (
            <div className="error" role="alert">
              {merged.error}
            </div>
          )}
          {synopsis && unresolved > 0 && (
            <nav className="synopsis-unresolved" aria-label="Unresolved conflicts">
              <h3>
                {unresolved} unresolved conflict{unresolved === 1 ? '' : 's'}
              </h3>
              <ul>
                {unresolvedRows.map((ri) => (
                  <li key={ri}>
                    <button type="button" onClick={() => jumpTo(ri)}>
                      {where(synopsis.rows[ri])}: {synopsis.rows[ri].conflicts.map((c) => c.reason).join('; ')}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <label className="synopsis-all-rows">
            <input type="checkbox" checked={allRows} onChange={(e) => setAllRows(e.target.checked)} /> Show unchanged lines too (to put your own wording on any line)
          </label>
          <table className="synopsis-merge" ref={table}>
            <tbody>
              {synopsis.rows.map((row, i) =>
                row.entries.length === 0 && !allRows && !decisions.has(i) ? null : (
                  <tr key={i} data-row={i} className={row.conflict ? 'synopsis-conflict' : row.agreement ? 'synopsis-agreement' : undefined}>
                    <th scope="row" tabIndex={-1}>
                      {where(row)}
                      {row.baseline !== undefined && <div className="synopsis-baseline">{row.baseline}</div>}
                    </th>
                    <td>
                      {row.conflicts.map((c) => (
                        <p key={c.reason} className="synopsis-reason">
                          Conflict: {c.reason}
                        </p>
                      ))}
                      {row.groups.map((g) => {
                        const names = g.sources.map((k) => synopsis.sources[k].name).join(', ');
                        const d = decisions.get(i);
                        return (
                          <div key={g.sources.join(',')} className="synopsis-change">
                            <button type="button" aria-pressed={d?.take === 'source' && g.sources.includes(d.source)} onClick={() => decide(i, { take: 'source', source: g.sources[0] })}>
                              Take {names}
                            </button>{' '}
                            <code>{g.notation}</code>
                          </div>
                        );
                      })}
                      {row.place === 'baseline'
                        ? row.words.map((w, gi) => (
                            <button key={`w${gi}`} type="button" className={w.conflict ? 'synopsis-run synopsis-run-conflict' : 'synopsis-run'} aria-pressed={runTaken(i, gi)} onClick={() => toggleRun(i, gi)}>
                              Take words “{w.deleted}” → “{w.inserted}” ({w.sources.map((k) => synopsis.sources[k].name).join(', ')})
                            </button>
                          ))
                        : null}{' '}
                      <button type="button" aria-pressed={decisions.get(i)?.take === 'baseline'} onClick={() => decide(i, { take: 'baseline' })}>
                        Keep adopted text
                      </button>{' '}
                      <RowWording
                        where={row.place === 'baseline' ? `line ${row.line! + 1}` : `the new line after line ${row.after! + 1}`}
                        current={rowLineOf(row, merged.result, i).text}
                        active={decisions.get(i)?.take === 'edit'}
                        onUse={(text) => {
                          const label = rowLineOf(row, merged.result, i).label;
                          decide(i, { take: 'edit', line: text !== '' && label !== undefined ? `${label}\t${text}` : text });
                        }}
                      />{' '}
                      <span className="synopsis-decision">{row.entries.length === 0 && !decisions.has(i) ? 'no source changes it' : decisionLabel(synopsis, decisions.get(i))}</span>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          <button type="button" disabled={unresolved > 0 || !merged.result} onClick={adopt}>
            Adopt as a proposal
          </button>
        </>
      )}
    </section>
  );
}
