import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { FilePlus, FolderOpen, Save, Settings, FileOutput, ListChecks, CircleHelp } from 'lucide-react';
import type { ResolutionSummary } from '../../shared/corpus/edition';
import type { HostApi } from '../../shared/host/hostApi';
import type { Proposal } from '../../shared/contribution/schema';
import type { Provenance } from '../../shared/contribution/provenanceSchema';
import type { ProposalSymbol } from '../../shared/engine/changeSet';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { resolutionNumberOf } from '../../shared/grammar/numberLine';
import { compare } from '../../shared/engine/compare';
import { CompareView } from '../compare/CompareView';
import { ResolutionView } from '../view/ResolutionView';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { ContributionDialogs } from './ContributionDialogs';
import { ImportPanel, type ImportedDraft } from './ImportPanel';
import { ExportPanel } from './ExportPanel';
import { OpenPanel } from './OpenPanel';
import { ProposalPane } from './ProposalPane';
import { SettingsPanel, numberOfProposal } from './SettingsPanel';
import { useHostCommands } from './useHostCommands';
import { HelpPanel } from './HelpPanel';
import { ChecksPanel } from './ChecksPanel';
import type { Finding } from '../../shared/checks/finding';
import { LeaveDialog } from './LeaveDialog';
import { NameDialog } from './NameDialog';
import type { Panel } from './panels';
import { rememberSelection, selectionFromHash } from './placeInUrl';
import { useWindowShortcuts } from './useWindowShortcuts';
import { Sidebar, type Selection } from './Sidebar';
import { draftSkeleton } from './skeleton';
import { newProposalId, useContribution } from './useContribution';
import { EditionPicker } from './EditionPicker';
import { useEdition } from './useEdition';
import { SynopsisPanel } from '../synopsis/SynopsisPanel';

/** The window: the resolutions in a sidebar, the chosen one (adopted text or proposal) beside it. */
export function App({ host }: { host: HostApi }): ReactNode {
  const [summaries, setSummaries] = useState<ResolutionSummary[]>([]);
  const [selection, setSelectionState] = useState<Selection>(() => selectionFromHash(window.location.hash));
  const setSelection = useCallback((next: Selection) => {
    setSelectionState(next);
    rememberSelection(next);
  }, []);
  const [baselines, setBaselines] = useState<Record<string, Resolution>>({});
  const [symbols, setSymbols] = useState<Record<string, ProposalSymbol>>({});
  const [error, setError] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [compiling, setCompiling] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);
  const [dismissedRecovery, setDismissedRecovery] = useState<string | null>(null);
  const [dismissedFileNotices, setDismissedFileNotices] = useState<string | null>(null);
  const [desktop, setDesktop] = useState(false);
  const [focusLine, setFocusLine] = useState<{ id: string; line: number; nonce: number } | null>(null);
  const [restores, setRestores] = useState(0);
  const contribution = useContribution(host);
  const contributionRef = useRef(contribution);
  contributionRef.current = contribution;
  const loading = useRef(new Set<string>());
  const { editions, edition, setEdition } = useEdition(host, contribution.doc, contribution.proposals());

  useEffect(() => {
    host.getAppInfo().then((info) => setDesktop(info.host === 'electron'), () => undefined);
  }, [host]);

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
    const id = newProposalId();
    contribution.upsertProposal({ id, baseline: { edition, number }, symbol: suppress ? 'SUP' : 'auto', draft: fromText(text), reasons: '' }, true);
    // the caret goes where the delegate writes next: the number line of a MOD (its "Rev." first), the reasons of a SUP
    setFocusLine({ id, line: suppress ? -1 : 0, nonce: Date.now() });
  };

  const newDraft = (): void => {
    const doc = contribution.doc;
    if (!doc) return;
    const serial = proposals.filter((p) => p.baseline === null).length + 1;
    const p: Proposal = { id: newProposalId(), baseline: null, symbol: 'auto', draft: fromText(draftSkeleton(doc.contribution.settings, serial)), reasons: '' };
    contribution.upsertProposal(p, true);
    setSelection({ type: 'proposal', id: p.id });
    setFocusLine({ id: p.id, line: 1, nonce: Date.now() }); // its title comes first
  };

  const showPanel = (next: Panel): void => {
    setPanel(next);
  };

  /** Runs `then` now, or after asking when the contribution has edits not saved to its file. */
  const guardLeave = async (leaving: string, then: () => Promise<void>): Promise<void> => {
    const c = contributionRef.current;
    await c.flush();
    if (c.state?.dirty) setPanel({ type: 'leave', leaving, then });
    else await then();
  };

  const openDocument = async (path?: string, word = false): Promise<void> => {
    if (!path && !desktop) {
      setPanel({ type: 'open' });
      return;
    }
    await guardLeave('open another contribution', async () => {
      try {
        const opened = word ? await host.importWordDocument(path) : await host.openContribution(path);
        if (opened) {
          contributionRef.current.adopt(opened);
          setPanel(null);
          // a Word document with a colleague's changes opens on the first proposal to review
          const review = word ? opened.contribution.proposals.find((p) => p.review) : undefined;
          setSelection(review ? (review.baseline ? { type: 'baseline', number: review.baseline.number } : { type: 'proposal', id: review.id }) : null);
          setComparing(false);
          setError(null);
        }
      } catch (e) {
        setPanel(null);
        setError(e instanceof Error ? e.message : String(e));
      }
    });
  };

  const newDocument = async (): Promise<void> => {
    await guardLeave('start a new contribution', async () => {
      try {
        contributionRef.current.adopt(await host.newContribution());
        setPanel(null);
        setSelection(null);
        setComparing(false);
        setError(null);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    });
  };

  // menu and window commands from the host (desktop); pending edits are flushed first
  useHostCommands(
    host,
    {
      save: () => contributionRef.current.save(),
      saveAs: () => contributionRef.current.saveAs(),
      createVersion: async () => {
        await contributionRef.current.flush();
        setPanel({ type: 'version' });
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
    const named = resolutionNumberOf(draft.resolution.numberLine);
    const number = named && summaries.some((x) => x.number === named) ? named : null;
    if (number && proposals.some((p) => p.baseline?.number === number)) {
      return `Resolution ${number} already has a proposal in this contribution: open it, or compare the imported text with it in "Compare versions…".`;
    }
    const p: Proposal = { id: newProposalId(), baseline: number ? { edition, number } : null, symbol: 'auto', draft: draft.resolution, reasons: '' };
    contribution.upsertProposal(p, true);
    setPanel(null);
    setComparing(false);
    setSelection(number ? { type: 'baseline', number } : { type: 'proposal', id: p.id });
    return null;
  };

  const adoptMerged = (number: string, edition: string, draft: Resolution, reasons: string, provenance: Provenance): string | null => {
    if (proposals.some((p) => p.baseline?.number === number)) return `Resolution ${number} already has a proposal in this contribution: start a new contribution for the common proposal.`;
    const p: Proposal = { id: newProposalId(), baseline: { edition, number }, symbol: 'auto', draft, reasons, provenance };
    contribution.upsertProposal(p, true);
    setCompiling(false);
    setSelection({ type: 'baseline', number });
    return null;
  };

  useWindowShortcuts({
    help: () => setPanel({ type: 'help' }),
    settings: () => setPanel({ type: 'settings' }),
    exportPanel: () => setPanel({ type: 'export' }),
    checks: () => setPanel({ type: 'checks' }),
  });

  const jumpTo = (f: Finding): void => {
    const p = contributionRef.current.proposals().find((x) => x.id === f.place.proposalId);
    setPanel(null);
    if (!p) return;
    setComparing(false);
    setSelection(p.baseline ? { type: 'baseline', number: p.baseline.number } : { type: 'proposal', id: p.id });
    setFocusLine({ id: p.id, line: f.place.line ?? -1, nonce: Date.now() });
  };
  const content = () => ({ settings: contribution.settings()!, proposals: contribution.proposals() });

  const status = contribution.state;
  const recovered = contribution.doc?.recovered && dismissedRecovery !== contribution.doc.docId ? contribution.doc.recovered : null;
  const fileNotices = contribution.doc?.fileNotices?.length && dismissedFileNotices !== contribution.doc.docId ? contribution.doc.fileNotices : null;
  const closePanel = (): void => setPanel(null);
  return (
    <div className="app">
      <aside className="sidebar-column">
        <h1 className="app-name">Resolution Drafter</h1>
        <EditionPicker editions={editions} edition={edition} onChange={setEdition} />
        <Sidebar
          summaries={summaries}
          proposals={proposals}
          selection={selection}
          symbols={symbols}
          onSelect={(next) => {
            setComparing(false);
            setSelection(next);
          }}
          onNewDraft={newDraft}
          onImport={() => showPanel({ type: 'import' })}
        />
        <div className="doc-status" data-testid="doc-status">
          <span className="doc-name">{status ? `${status.name}${status.dirty ? ' • edited' : ''}` : 'Opening…'}</span>
          <span className="doc-buttons">
            <button type="button" className="btn" disabled={!status} onClick={() => void newDocument()}>
              <FilePlus aria-hidden size={16} /> New
            </button>
            <button type="button" className="btn" disabled={!status} onClick={() => (desktop ? void openDocument() : showPanel({ type: 'open' }))} title="Ctrl+O">
              <FolderOpen aria-hidden size={16} /> Open…
            </button>
            <button type="button" className="btn" disabled={!status} onClick={() => void contribution.save()} title="Ctrl+S">
              <Save aria-hidden size={16} /> Save
            </button>
            <button type="button" className="btn" disabled={!status} onClick={() => showPanel({ type: 'settings' })} title="Ctrl+,">
              <Settings aria-hidden size={16} /> Settings
            </button>
            <button type="button" className="btn" disabled={!status} onClick={() => showPanel({ type: 'checks' })} title="Ctrl+Shift+K">
              <ListChecks aria-hidden size={16} /> Checks
            </button>
            <button type="button" className="btn" disabled={!status} onClick={() => showPanel({ type: 'export' })} title="Ctrl+Shift+E">
              <FileOutput aria-hidden size={16} /> Export…
            </button>
            <button type="button" className="btn" onClick={() => showPanel({ type: 'help' })} title="F1">
              <CircleHelp aria-hidden size={16} /> Shortcuts
            </button>
            <button type="button" disabled={!status} onClick={() => setCompiling(true)}>
              Synopsis…
            </button>
          </span>
        </div>
      </aside>
      <main className="pane">
        <ContributionDialogs contribution={contribution} />
        {(error || contribution.error) && (
          <div className="error" role="alert">
            {error ?? contribution.error}
            {error && (
              <button type="button" className="btn btn-quiet" onClick={() => setError(null)}>
                Dismiss
              </button>
            )}
          </div>
        )}
        {notice && (
          <div className="notice" role="status" data-testid="about">
            {notice}{' '}
            <button type="button" className="btn" onClick={() => setNotice(null)}>
              OK
            </button>
          </div>
        )}
        {recovered && contribution.doc && (
          <div className="notice" role="status" data-testid="recovered">
            {recovered.message}{' '}
            <button type="button" className="btn" onClick={() => setDismissedRecovery(contribution.doc!.docId)}>
              Dismiss
            </button>
          </div>
        )}
        {fileNotices && contribution.doc && (
          <div className="notice" role="status" data-testid="file-notices">
            {fileNotices.join(' ')}{' '}
            <button type="button" className="btn" onClick={() => setDismissedFileNotices(contribution.doc!.docId)}>
              Dismiss
            </button>
          </div>
        )}
        {compiling && <SynopsisPanel host={host} summaries={summaries} onAdopt={adoptMerged} onClose={() => setCompiling(false)} />}
        {!compiling && (!selection || (selection.type === 'proposal' && !proposal)) && <p className="hint">Choose a resolution to read its adopted text or start a proposal.</p>}
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
            focusLine={focusLine?.id === proposal.id ? focusLine : null}
            number={numberOfProposal(contribution.settings(), contribution.proposals(), proposal.id)}
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
      {panel?.type === 'settings' && contribution.settings() && (
        <SettingsPanel settings={contribution.settings()!} onChange={(next) => contribution.updateSettings(next)} onClose={closePanel} />
      )}
      {panel?.type === 'export' && contribution.doc && (
        <ExportPanel
          host={host}
          docId={contribution.doc.docId}
          flush={contribution.flush}
          content={content}
          onClose={closePanel}
          onShowChecks={() => setPanel({ type: 'checks' })}
        />
      )}
      {panel?.type === 'checks' && contribution.doc && <ChecksPanel host={host} content={content()} onJump={jumpTo} onClose={closePanel} />}
      {panel?.type === 'open' && <OpenPanel host={host} desktop={desktop} onOpen={(path) => void openDocument(path)} onImportWord={(path) => void openDocument(path, true)} onClose={closePanel} />}
      {panel?.type === 'import' && <ImportPanel onImport={importDraft} onClose={closePanel} />}
      {panel?.type === 'help' && <HelpPanel onClose={closePanel} />}
      {panel?.type === 'version' && (
        <NameDialog
          title="Save a named version"
          label="Version name"
          initial={`Version of ${new Date().toLocaleString()}`}
          action="Save version"
          testId="version-dialog"
          onCancel={closePanel}
          onDone={(name) => {
            closePanel();
            const id = contributionRef.current.doc?.docId;
            if (id)
              host.createVersion(id, name).then(
                () => setNotice(`Version “${name}” recorded; it is written to the file on the next save.`),
                (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
              );
          }}
        />
      )}
      {panel?.type === 'leave' && (
        <LeaveDialog
          name={status?.name ?? 'Untitled'}
          leaving={panel.leaving}
          onCancel={closePanel}
          onLeave={() => {
            const then = panel.then;
            closePanel();
            void then();
          }}
          onSave={() => {
            const then = panel.then;
            closePanel();
            // leaving goes on once the file is saved (after the name is asked, for an untitled one)
            void contributionRef.current.save(then);
          }}
        />
      )}
    </div>
  );
}
