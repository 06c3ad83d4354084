import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ResolutionSummary } from '../../shared/corpus/edition';
import { cleanCosignatories } from '../../shared/contribution/proposalLife';
import type { FileEntry, HostApi } from '../../shared/host/hostApi';
import type { Resolution } from '../../shared/model/resolution';
import { MergeDecisionError, mergeSynopsis, type RowDecision } from '../../shared/synopsis/mergeProposal';
import { provenanceOf } from '../../shared/synopsis/provenance';
import { relabelCauses } from '../../shared/synopsis/relabelRows';
import type { Synopsis } from '../../shared/synopsis/synopsisTypes';
import { fromText } from '../../shared/text/fromText';
import type { ContributionStore, MergedProposal } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { AdoptDialog } from './AdoptDialog';
import { rowPlaces } from './rowPlaces';
import { SynopsisRowView } from './SynopsisRowView';
import { t } from '../app/uiLanguage';

/** Sources listed as a sentence lists them (`ACP, EUR and RCC`). */
const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

const STRINGS = {
  get region() {
    return t('synopsis.region');
  },
  get title() {
    return t('synopsis.title');
  },
  get sources() {
    return t('synopsis.sources');
  },
  get noFiles() {
    return t('synopsis.noFiles');
  },
  get resolution() {
    return t('synopsis.resolution');
  },
  get compile() {
    return t('synopsis.compile');
  },
  get close() {
    return t('synopsis.close');
  },
  sourceCount: (count: number): string => t('synopsis.sourceCount', { count }),
  conflictCount: (count: number): string => t('synopsis.conflictCount', { count }),
  undecidedCount: (count: number): string => t('synopsis.undecidedCount', { count }),
  get unresolvedNav() {
    return t('synopsis.unresolvedNav');
  },
  unresolvedTitle: (count: number): string => t('synopsis.unresolvedTitle', { count }),
  jump: (place: string, reasons: string): string => t('synopsis.jump', { place, reasons }),
  get allRows() {
    return t('synopsis.allRows');
  },
  get adopt() {
    return t('synopsis.adopt');
  },
  reasons: (sources: string): string => t('synopsis.reasons', { sources }),
  source: (name: string, proposal: string): string => (proposal ? t('synopsis.source', { name, proposal }) : name),

};

interface Props {
  host: HostApi;
  store: ContributionStore;
  summaries: ResolutionSummary[];
  /** Add the merged draft as a proposal (`replace`: into the one the contribution has, once confirmed); returns an error message when it cannot. */
  onAdopt(merged: MergedProposal, replace: boolean): Promise<string | null>;
  onClose(): void;
}

/**
 * The coordinator's desk: compile several contribution files' proposals on one resolution (the
 * engine's synopsis, through the host; sources named by their short code), take each changed line
 * from a source or keep the adopted text or write one's own wording, resolve every conflict (a
 * relabel that follows from another change is folded into it, nothing to decide), and adopt the
 * result as an ordinary proposal: short reasons naming the sources, its provenance recorded, the
 * sources as its co-signatories; into the proposal the contribution has on it after a confirmation.
 */
export function SynopsisPanel({ host, store, summaries, onAdopt, onClose }: Props): ReactNode {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [number, setNumber] = useState(summaries[0]?.number ?? '');
  const [synopsis, setSynopsis] = useState<Synopsis | null>(null);
  const [baseline, setBaseline] = useState<Resolution | null>(null);
  const [decisions, setDecisions] = useState<Map<number, RowDecision>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const [allRows, setAllRows] = useState(false);
  const existing = useStore(store, (_s, st) => (synopsis ? st.proposalOn(synopsis.number) !== undefined : false));

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

  const places = useMemo(() => (synopsis ? rowPlaces(synopsis) : []), [synopsis]);
  const causes = useMemo(() => (synopsis ? relabelCauses(synopsis) : new Map<number, number>()), [synopsis]);
  const folded = useMemo(() => {
    const out = new Map<number, string[]>();
    for (const [ri, cause] of causes) out.set(cause, [...(out.get(cause) ?? []), synopsis?.rows[ri].baseline?.split("\t")[0] ?? places[ri]]);
    return out;
  }, [causes, places, synopsis]);
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
    const g = synopsis.rows[ri].words[gi];
    const source = g.sources[0];
    const run = synopsis.rows[ri].entries.find((e) => e.source === source)!.words.findIndex((w) => w.start === g.start && w.end === g.end && w.replacement === g.replacement);
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

  const adopt = async (replace: boolean): Promise<void> => {
    setConfirming(false);
    if (!synopsis || !merged?.result) return;
    const s = synopsis;
    const refused = await onAdopt(
      {
        number: s.number,
        edition: s.edition,
        draft: merged.result.draft,
        reasons: STRINGS.reasons(LIST.format(s.sources.map((x) => STRINGS.source(x.name, x.proposal)))),
        provenance: provenanceOf(s, merged.result),
        cosignatories: cleanCosignatories(s.sources.map((x) => x.source ?? x.name)),
      },
      replace,
    );
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
    <section className="synopsis-panel" aria-label={STRINGS.region}>
      <h2>{STRINGS.title}</h2>
      <fieldset>
        <legend>{STRINGS.sources}</legend>
        {files.length === 0 && <p className="hint">{STRINGS.noFiles}</p>}
        {files.map((f) => (
          <label key={f.path} className="synopsis-source">
            <input type="checkbox" checked={chosen.includes(f.path)} onChange={(e) => setChosen((prev) => (e.target.checked ? [...prev, f.path] : prev.filter((p) => p !== f.path)))} />
            {f.name}
          </label>
        ))}
      </fieldset>
      <div className="pane-actions">
        <label>
          {STRINGS.resolution}{' '}
          <select value={number} onChange={(e) => setNumber(e.target.value)} aria-label={STRINGS.resolution}>
            {summaries.map((r) => (
              <option key={r.number} value={r.number}>
                {r.number}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-primary" disabled={chosen.length === 0 || !number} onClick={() => void compile()}>
          {STRINGS.compile}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {STRINGS.close}
        </button>
      </div>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      {synopsis && merged && (
        <>
          <p role="status" data-testid="synopsis-status">
            {[STRINGS.sourceCount(synopsis.sources.length), STRINGS.conflictCount(unresolved), STRINGS.undecidedCount(undecided)].join(' ')}
          </p>
          {merged.error && (
            <div className="error" role="alert">
              {merged.error}
            </div>
          )}
          {unresolved > 0 && (
            <nav className="synopsis-unresolved" aria-label={STRINGS.unresolvedNav}>
              <h3>{STRINGS.unresolvedTitle(unresolved)}</h3>
              <ul>
                {unresolvedRows.map((ri) => (
                  <li key={ri}>
                    <button type="button" className="btn btn-link" onClick={() => jumpTo(ri)}>
                      {STRINGS.jump(places[ri], synopsis.rows[ri].conflicts.map((c) => c.reason).join('; '))}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <label className="synopsis-all-rows">
            <input type="checkbox" checked={allRows} onChange={(e) => setAllRows(e.target.checked)} /> {STRINGS.allRows}
          </label>
          <table className="synopsis-merge" ref={table}>
            <tbody>
              {synopsis.rows.map((row, i) =>
                !allRows && !decisions.has(i) && (row.entries.length === 0 || causes.has(i)) ? null : (
                  <SynopsisRowView
                    key={i}
                    synopsis={synopsis}
                    index={i}
                    place={places[i]}
                    result={merged.result}
                    decision={decisions.get(i)}
                    onDecide={(d) => decide(i, d)}
                    runTaken={(gi) => runTaken(i, gi)}
                    onToggleRun={(gi) => toggleRun(i, gi)}
                    relabels={allRows ? [] : (folded.get(i) ?? [])}
                  />
                ),
              )}
            </tbody>
          </table>
          <button type="button" className="btn btn-primary" disabled={unresolved > 0 || !merged.result} onClick={() => (existing ? setConfirming(true) : void adopt(false))}>
            {STRINGS.adopt}
          </button>
          {confirming && <AdoptDialog number={synopsis.number} onAdopt={() => void adopt(true)} onCancel={() => setConfirming(false)} />}
        </>
      )}
    </section>
  );
}
