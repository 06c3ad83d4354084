import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ArrowLeft } from 'lucide-react';
import type { ChangeSet, ProposalSymbol } from '../../shared/engine/changeSet';
import { changeUnits } from '../../shared/engine/changeCount';
import { compare } from '../../shared/engine/compare';
import type { HostApi, VersionInfo } from '../../shared/host/hostApi';
import type { Resolution } from '../../shared/model/resolution';
import { draftOf } from '../../shared/contribution/proposalDraft';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { ChangeRowView } from './ChangeRowView';
import { resolveSource, sourceFromKey, sourceKey, versionLabel, type CompareSource, type ResolvedSide } from './compareSources';
import { importText, pasteAsLines } from './importText';
import { TextFileInput } from './TextFileInput';
import type { CommandRegistry } from '../app/commandRegistry';
import '../styles/compare.css';
import { t } from '../app/uiLanguage';
import { pairLanguageVersions, type VersionPair } from '../../shared/engine/languageVersions';
import { Line } from '../view/ResolutionView';
import { textDirection } from '../view/textDirection';
import { editionName } from '../app/carryOnto';

interface Props {
  store: ContributionStore;
  host: HostApi;
  /** Where the toolbar's Previous and Next change find this view's steps. */
  registry: CommandRegistry;
  proposalId: string;
  /** The version to compare with the current draft first; without it, the adopted text. */
  fromVersion?: string;
  onClose(): void;
}

type Layout = 'inline' | 'side';

const STRINGS = {
  get title() {
    return t('compare.title');
  },
  get back() {
    return t('compare.back');
  },
  get from() {
    return t('compare.from');
  },
  get to() {
    return t('compare.to');
  },
  get layout() {
    return t('compare.layout');
  },
  get inline() {
    return t('compare.inline');
  },
  get side() {
    return t('compare.side');
  },
  get adopted() {
    return t('compare.adopted');
  },
  get current() {
    return t('compare.current');
  },
  version: (label: string): string => t('compare.version', { label }),
  get imported() {
    return t('compare.imported');
  },
  get paste() {
    return t('compare.paste');
  },
  get importFile() {
    return t('compare.importFile');
  },
  /** The engine's count and figures, one sentence: `2 changes (+5 / −3 words, 4 relabelled, 1 moved)`. */
  count: (count: number, stats: ChangeSet['stats']): string =>
    t('compare.count', { count, inserted: stats.insertedWords, deleted: stats.deletedWords, relabels: stats.relabels, moved: stats.movedItems }),

};

function symbolAgainstAdopted(adopted: Resolution | null, side: Resolution | null): ProposalSymbol | '—' {
  if (!side) return adopted ? 'SUP' : '—';
  return compare(adopted, side).action;
}

/** Two language versions of the resolution, line beside line at the same place (the engine's pairs), each in its own direction. */
function LanguageVersions({ sides, pairs }: { sides: [ResolvedSide, ResolvedSide]; pairs: VersionPair[] }): ReactNode {
  const [left, right] = sides.map((s) => textDirection(s.resolution!));
  return (
    <>
      <p className="hint" data-testid="compare-languages-hint">
        {t('compare.languagesHint')}
      </p>
      <div className="compare-body compare-side" data-testid="compare-languages">
        <div className="side-by-side" role="table" aria-label={t('compare.sides', { left: sides[0].name, right: sides[1].name })}>
          {pairs.map((p) => (
            <div key={p.place} className="side-row" role="row" data-place={p.place}>
              <div className="side-cell side-base resolution" role="cell" {...left}>
                {p.left && <Line line={p.left} target={false} />}
              </div>
              <div className="side-cell side-draft resolution" role="cell" {...right}>
                {p.right && <Line line={p.right} target={false} />}
              </div>
            </div>
          ))}
        </div>
      </div>
    </>
  );
}

/**
 * Compare any two versions of one resolution: the adopted text, a saved version, the current
 * draft or imported text. Inline marks or side by side, with the changes counted as everywhere
 * (the engine's units: a relabel alone is not one), next/previous change and the symbol each side
 * implies. One engine call; both layouts render its rows. The adopted text against the current
 * draft is the store's outcome of the proposal itself: the same rows, moves and count as the editor.
 */
export function CompareView({ store, host, registry, proposalId, fromVersion, onClose }: Props): ReactNode {
  const proposal = useStore(store, (_s, st) => st.proposal(proposalId))!;
  const adopted = useStore(store, (_s, st) => (proposal.baseline ? (st.baseline(proposal.baseline) ?? null) : null));
  const outcome = useStore(store, (_s, st) => (proposal.baseline && proposal.symbol !== 'SUP' ? st.outcomeOf(proposalId) : null));
  const docId = store.docId;
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [left, setLeft] = useState<CompareSource>(fromVersion ? { kind: 'version', versionId: fromVersion } : adopted ? { kind: 'adopted' } : { kind: 'current' });
  const [right, setRight] = useState<CompareSource>({ kind: 'current' });
  const [layout, setLayout] = useState<Layout>('inline');
  const [importRaw, setImportRaw] = useState('');
  const [sides, setSides] = useState<[ResolvedSide, ResolvedSide] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(-1);
  const body = useRef<HTMLDivElement>(null);

  const draft = useMemo(() => draftOf(proposal), [proposal]);
  const editions = useStore(store, (s) => s.editions);
  const otherEditions = proposal.baseline ? editions.filter((e) => e.id !== proposal.baseline!.edition) : [];
  const imported = useMemo(() => (importRaw.trim() ? importText(importRaw) : null), [importRaw]);

  useEffect(() => {
    if (docId) host.listVersions(docId).then(setVersions, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [host, docId]);

  useEffect(() => {
    let cancelled = false;
    const inEdition = async (edition: string): Promise<ResolvedSide> => {
      const e = editions.find((x) => x.id === edition);
      const resolution = proposal.baseline ? await store.loadBaseline({ edition, number: proposal.baseline.number }) : null;
      return { name: t('compare.editionText', { name: e ? editionName(e) : edition }), resolution };
    };
    const ctx = { host, docId, proposal, adopted, current: draft, imported: imported?.ok ? imported.resolution : null, versions, inEdition };
    Promise.all([resolveSource(left, ctx), resolveSource(right, ctx)])
      .then((s) => {
        if (cancelled) return;
        setSides(s);
        setError(null);
        setCurrent(-1);
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [host, store, docId, proposal, adopted, draft, imported, versions, editions, left, right]);

  // two language versions are shown line beside line at the same place, as the engine pairs them
  const pairs = useMemo(() => {
    const [a, b] = sides ?? [];
    if (!a?.resolution || !b?.resolution || textDirection(a.resolution).lang === textDirection(b.resolution).lang) return null;
    return pairLanguageVersions(a.resolution, b.resolution);
  }, [sides]);

  const changes: ChangeSet | null = useMemo(() => {
    if (!sides) return null;
    const [a, b] = sides;
    if (!a.resolution && !b.resolution) return null;
    if (outcome && a.resolution === adopted && b.resolution === draft) return outcome.changes;
    return compare(a.resolution, b.resolution);
  }, [sides, outcome, adopted, draft]);
  // the changes as the editor counts them: the first row of each of the engine's units
  const changed = useMemo(() => (changes ? changeUnits(changes.rows).map((u) => u.first) : []), [changes]);

  const go = (step: 1 | -1): void => {
    if (changed.length === 0) return;
    const pos = changed.indexOf(current);
    const next = pos < 0 ? (step > 0 ? 0 : changed.length - 1) : (pos + step + changed.length) % changed.length;
    setCurrent(changed[next]);
    body.current?.querySelector(`[data-row="${changed[next]}"]`)?.scrollIntoView({ block: 'center' });
  };

  const step = useRef(go);
  step.current = go;
  useEffect(() => registry.provide({ nextChange: () => step.current(1), previousChange: () => step.current(-1) }), [registry]);

  const options = (
    <>
      {adopted && <option value="adopted">{STRINGS.adopted}</option>}
      <option value="current">{STRINGS.current}</option>
      {versions.map((v) => (
        <option key={v.id} value={`version:${v.id}`}>
          {STRINGS.version(versionLabel(v))}
        </option>
      ))}
      <option value="imported">{STRINGS.imported}</option>
      {otherEditions.map((e) => (
        <option key={e.id} value={`edition:${e.id}`}>
          {t('compare.editionText', { name: editionName(e) })}
        </option>
      ))}
    </>
  );
  const needsImport = left.kind === 'imported' || right.kind === 'imported';

  return (
    <section className="compare" data-testid="compare-view" aria-label={STRINGS.title}>
      <div className="compare-header">
        <button type="button" className="btn" onClick={onClose}>
          <ArrowLeft aria-hidden size={16} className="icon-flip" /> {STRINGS.back}
        </button>
        <h2>{STRINGS.title}</h2>
      </div>
      <div className="compare-pick">
        <label>
          {STRINGS.from}
          <select data-testid="compare-left" value={sourceKey(left)} onChange={(e) => setLeft(sourceFromKey(e.target.value))}>
            {options}
          </select>
        </label>
        <label>
          {STRINGS.to}
          <select data-testid="compare-right" value={sourceKey(right)} onChange={(e) => setRight(sourceFromKey(e.target.value))}>
            {options}
          </select>
        </label>
        <div className="view-switch" role="radiogroup" aria-label={STRINGS.layout}>
          {(['inline', 'side'] as Layout[]).map((l) => (
            <label key={l}>
              <input type="radio" name="compare-layout" value={l} checked={layout === l} onChange={() => setLayout(l)} />
              {l === 'inline' ? STRINGS.inline : STRINGS.side}
            </label>
          ))}
        </div>
      </div>
      {needsImport && (
        <div className="compare-import">
          <label>
            {STRINGS.paste}
            <textarea
              data-testid="compare-import"
              rows={6}
              value={importRaw}
              onChange={(e) => setImportRaw(e.target.value)}
              onPaste={(e) => pasteAsLines(e, setImportRaw)}
            />
          </label>
          <TextFileInput label={STRINGS.importFile} onRead={(read) => (read.ok ? setImportRaw(read.text) : setError(read.error))} />
          {imported && !imported.ok && (
            <p className="error" role="alert" data-testid="import-error">
              {imported.error}
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {sides && pairs && <LanguageVersions sides={sides} pairs={pairs} />}
      {sides && changes && !pairs && (
        <>
          <div className="compare-summary" data-testid="compare-summary">
            <span>
              {sides[0].name}: <strong data-testid="left-symbol" translate="no">{symbolAgainstAdopted(adopted, sides[0].resolution)}</strong>
            </span>
            <span>
              {sides[1].name}: <strong data-testid="right-symbol" translate="no">{symbolAgainstAdopted(adopted, sides[1].resolution)}</strong>
            </span>
            <span data-testid="compare-count">
              {STRINGS.count(changed.length, changes.stats)}
            </span>
          </div>
          <div ref={body} className={`compare-body compare-${layout}`} data-testid={`compare-${layout}`}>
            {layout === 'inline' ? (
              <article className="resolution">
                {changes.rows.map((row, i) => (
                  <ChangeRowView key={i} row={row} index={i} current={i === current} />
                ))}
              </article>
            ) : (
              <div className="side-by-side" role="table" aria-label={t('compare.sides', { left: sides[0].name, right: sides[1].name })}>
                {changes.rows.map((row, i) => (
                  <div key={i} className={`side-row${i === current ? ' cmp-current' : ''}`} role="row" data-status={row.status}>
                    <div className="side-cell side-base" role="cell">
                      <ChangeRowView row={row} show="base" index={i} current={false} />
                    </div>
                    <div className="side-cell side-draft" role="cell">
                      <ChangeRowView row={row} show="draft" index={i} current={false} />
                    </div>
                  </div>
                ))}
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
