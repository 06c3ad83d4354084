import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ResolutionSummary } from '../../shared/corpus/edition';
import type { HostApi } from '../../shared/host/hostApi';
import type { Proposal } from '../../shared/contribution/schema';
import type { ProposalSymbol } from '../../shared/engine/changeSet';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { compare } from '../../shared/engine/compare';
import { CompareView } from '../compare/CompareView';
import { ResolutionView } from '../view/ResolutionView';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { ContributionDialogs } from './ContributionDialogs';
import { ImportPanel, type ImportedDraft } from './ImportPanel';
import { ExportPanel } from './ExportPanel';
import { OpenPanel } from './OpenPanel';
import { ProposalPane } from './ProposalPane';
import { SettingsPanel } from './SettingsPanel';
import { useHostCommands } from './useHostCommands';
import { Sidebar, type Selection } from './Sidebar';
import { draftSkeleton } from './skeleton';
import { newProposalId, useContribution } from './useContribution';
import { EditionPicker } from './EditionPicker';
import { useEdition } from './useEdition';

/** The window: the resolutions in a sidebar, the chosen one (adopted text or proposal) beside it. */
export function App({ host }: { host: HostApi }): ReactNode {
  const [summaries, setSummaries] = useState<ResolutionSummary[]>([]);
  const [selection, setSelection] = useState<Selection>(null);
  const [baselines, setBaselines] = useState<Record<string, Resolution>>({});
  const [symbols, setSymbols] = useState<Record<string, ProposalSymbol>>({});
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  const [opening, setOpening] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [restores, setRestores] = useState(0);
  const contribution = useContribution(host);
  const contributionRef = useRef(contribution);
  contributionRef.current = contribution;
  const loading = useRef(new Set<string>());
  const { editions, edition, setEdition } = useEdition(host, contribution.doc, contribution.proposals());

  useEffect(() => {
    setBaselines({});
    host.listResolutions(edition).then(setSummaries, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [host, edition]);

  // the symbol of each saved proposal, derived from its draft before it is opened
  const openedDoc = contribution.doc;
  useEffect(() => {
    if (!openedDoc) return;
    let cancelled = false;
    for (const p of contributionRef.current.proposals()) {
      if (p.symbol !== 'auto') continue;
      if (!p.baseline) continue;
      host
        .getBaselineText(p.baseline.number, p.baseline.edition)
        .then((text) => {
          if (cancelled) return;
          const action = compare(fromText(text), draftOf(p)).action;
          setSymbols((s) => ({ ...s, [p.id]: action }));
        })
        .catch(() => undefined);
    }
    return () => {
      cancelled = true;
    };
  }, [host, openedDoc]);

  const number = selection?.type === 'baseline' ? selection.number : null;
  useEffect(() => {
    if (!number || baselines[number] || loading.current.has(number)) return;
    loading.current.add(number);
    host
      .getBaselineText(number, edition)
      .then((text) => setBaselines((b) => ({ ...b, [number]: fromText(text) })))
      .catch((e: unknown) => setError(`Resolution ${number}: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => loading.current.delete(number));
  }, [host, number, baselines, edition]);

  const proposals = contribution.proposals();
  const proposal =
    selection?.type === 'baseline'
      ? proposals.find((p) => p.baseline?.number === selection.number)
      : selection?.type === 'proposal'
        ? proposals.find((p) => p.id === selection.id)
        : undefined;
  const baseline = number ? baselines[number] : undefined;

  const onChange = useCallback((p: Proposal, structural?: boolean) => contributionRef.current.upsertProposal(p, structural), []);
  const onSymbol = useCallback((id: string, symbol: ProposalSymbol) => setSymbols((s) => (s[id] === symbol ? s : { ...s, [id]: symbol })), []);

  const startProposal = async (suppress: boolean): Promise<void> => {
    if (!number || !baseline) return;
    const text = await host.getBaselineText(number, edition);
    contribution.upsertProposal({ id: newProposalId(), baseline: { edition, number }, symbol: suppress ? 'SUP' : 'auto', draft: fromText(text), reasons: '' }, true);
  };

  const newDraft = (): void => {
    const doc = contribution.doc;
    if (!doc) return;
    const serial = proposals.filter((p) => p.baseline === null).length + 1;
    const p: Proposal = { id: newProposalId(), baseline: null, symbol: 'auto', draft: fromText(draftSkeleton(doc.contribution.settings, serial)), reasons: '' };
    contribution.upsertProposal(p, true);
    setSelection({ type: 'proposal', id: p.id });
  };

  const showPanel = (panel: 'settings' | 'import' | 'open' | 'export' | null): void => {
    setComparing(false);
    setExporting(panel === 'export');
    setEditingSettings(panel === 'settings');
    setImporting(panel === 'import');
    setOpening(panel === 'open');
    if (panel) setSelection(null);
  };

  const openDocument = async (path?: string): Promise<void> => {
    const c = contributionRef.current;
    try {
      await c.flush();
      const opened = await host.openContribution(path);
      if (opened) {
        c.adopt(opened);
        showPanel(null);
        setSelection(null);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const newDocument = async (): Promise<void> => {
    const c = contributionRef.current;
    try {
      await c.flush();
      c.adopt(await host.newContribution());
      showPanel(null);
      setSelection(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  // menu and window commands from the host (desktop); pending edits are flushed first
  useHostCommands(
    host,
    {
      save: () => contributionRef.current.save(),
      saveAs: () => contributionRef.current.saveAs(),
      createVersion: async () => {
        const c = contributionRef.current;
        await c.flush();
        if (c.doc) await host.createVersion(c.doc.docId, new Date().toISOString().slice(0, 16).replace('T', ' '));
      },
      newDocument,
      openDocument,
      close: async () => {
        await contributionRef.current.flush();
        await host.confirmClose();
      },
      about: async () => {
        const info = await host.getAppInfo();
        setNotice(`${info.name} ${info.version} — baseline: ${info.edition.conference} (${info.edition.place}, ${info.edition.year}); data folder: ${info.documentsDir}`);
      },
    },
    setError,
  );

  const importDraft = (draft: ImportedDraft): string | null => {
    const m = /^RESOLUTION[ \u00A0]+(\d+)\b/.exec(draft.resolution.numberLine);
    const number = m && summaries.some((x) => x.number === m[1]) ? m[1] : null;
    if (number && proposals.some((p) => p.baseline?.number === number)) {
      return `Resolution ${number} already has a proposal in this contribution: open it, or compare the imported text with it in "Compare versions…".`;
    }
    const p: Proposal = { id: newProposalId(), baseline: number ? { edition, number } : null, symbol: 'auto', draft: draft.resolution, reasons: '' };
    contribution.upsertProposal(p, true);
    setImporting(false);
    setComparing(false);
    setSelection(number ? { type: 'baseline', number } : { type: 'proposal', id: p.id });
    return null;
  };

  const status = contribution.state;
  return (
    <div className="app">
      <aside className="sidebar-column">
        <h1 className="app-name">Resolution Drafter</h1>
        <EditionPicker editions={editions} edition={edition} onChange={setEdition} />
        <Sidebar summaries={summaries} proposals={proposals} selection={selection} symbols={symbols} onSelect={(next) => {
            showPanel(null);
            setSelection(next);
          }}
          onNewDraft={newDraft}
          onImport={() => showPanel('import')}
        />
        <div className="doc-status" data-testid="doc-status">
          <span>{status ? `${status.name}${status.dirty ? ' • edited' : ''}` : 'Opening…'}</span>
          <span className="doc-buttons">
            <button type="button" disabled={!status} onClick={() => void newDocument()}>
              New
            </button>
            <button type="button" disabled={!status} onClick={() => showPanel('open')}>
              Open…
            </button>
            <button type="button" disabled={!status} onClick={() => showPanel('settings')}>
              Settings
            </button>
            <button type="button" disabled={!status} onClick={() => void contribution.save()}>
              Save
            </button>
            <button type="button" disabled={!status} onClick={() => showPanel('export')}>
              Export…
            </button>
          </span>
        </div>
      </aside>
      <main className="pane">
        <ContributionDialogs contribution={contribution} />
        {(error || contribution.error) && (
          <div className="error" role="alert">
            {error ?? contribution.error}
          </div>
        )}
        {editingSettings && contribution.settings() && (
          <SettingsPanel settings={contribution.settings()!} onChange={(next) => contribution.updateSettings(next)} onClose={() => setEditingSettings(false)} />
        )}
        {exporting && contribution.doc && (
          <ExportPanel
            host={host}
            docId={contribution.doc.docId}
            flush={contribution.flush}
            content={() => ({ settings: contribution.settings()!, proposals: contribution.proposals() })}
            onClose={() => setExporting(false)}
          />
        )}
        {opening && <OpenPanel host={host} onOpen={(path) => void openDocument(path)} onClose={() => setOpening(false)} />}
        {notice && (
          <div className="notice" role="status" data-testid="about">
            {notice}{' '}
            <button type="button" onClick={() => setNotice(null)}>
              OK
            </button>
          </div>
        )}
        {contribution.doc?.recovered && (
          <div className="notice" role="status" data-testid="recovered">
            {contribution.doc.recovered.message}
          </div>
        )}
        {importing && <ImportPanel onImport={importDraft} onClose={() => setImporting(false)} />}
        {!selection && !importing && !editingSettings && !opening && !exporting && <p className="hint">Choose a resolution to read its adopted text or start a proposal.</p>}
        {selection?.type === 'baseline' && !baseline && <p className="hint">Loading Resolution {selection.number}…</p>}
        {selection && proposal && (selection.type === 'proposal' || baseline) && comparing && (
          <CompareView
            host={host}
            docId={contribution.doc?.docId ?? null}
            proposal={proposal}
            adopted={proposal.baseline ? (baseline ?? null) : null}
            flush={contribution.flush}
            onRestored={(doc) => {
              contribution.adopt(doc);
              setRestores((n) => n + 1);
            }}
            onClose={() => setComparing(false)}
          />
        )}
        {selection && proposal && (selection.type === 'proposal' || baseline) && !comparing && (
          <div className="pane-actions">
            <button type="button" data-testid="open-compare" onClick={() => void contribution.flush().then(() => setComparing(true))}>
              Compare versions…
            </button>
          </div>
        )}
        {selection && proposal && (selection.type === 'proposal' || baseline) && !comparing && (
          <ProposalPane
            key={`${proposal.id}:${restores}:${contribution.generation}`}
            proposal={proposal}
            baseline={proposal.baseline ? (baseline ?? null) : null}
            onChange={onChange}
            onSymbol={onSymbol}
            target={contribution.settings()?.conference ?? null}
            onDiscard={(id) => {
              contribution.removeProposal(id);
              if (selection.type === 'proposal') setSelection(null);
            }}
          />
        )}
        {selection?.type === 'baseline' && baseline && !proposal && (
          <section className="adopted">
            <div className="proposal-header">
              <span className="adopted-note">Adopted text</span>
              <button type="button" disabled={!contribution.doc} onClick={() => void startProposal(false)}>
                Start a proposal
              </button>
              <button type="button" disabled={!contribution.doc} onClick={() => void startProposal(true)}>
                Propose suppression (SUP)
              </button>
            </div>
            <ResolutionView resolution={baseline} />
          </section>
        )}
      </main>
    </div>
  );
}
