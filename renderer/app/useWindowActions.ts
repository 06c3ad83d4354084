import { useEffect, useMemo } from 'react';
import type { Finding, RelatedPlace } from '../../shared/checks/finding';
import type { Proposal } from '../../shared/contribution/schema';
import type { HostApi, HostCommand } from '../../shared/host/hostApi';
import type { Resolution } from '../../shared/model/resolution';
import type { ContributionStore, MergedProposal } from '../store/contributionStore';
import { CommandRegistry } from './commandRegistry';
import type { Navigation } from './useNavigation';
import type { Selection } from './selection';
import { t } from './uiLanguage';

/** What the window does: its commands (by key, menu or button) and the other actions of its views. */
export interface WindowActions {
  registry: CommandRegistry;
  /** Open a contribution (or a Word document as a new one): from the host's dialog, or the page's list when the host says so. */
  openDocument(path?: string, word?: boolean): Promise<void>;
  /** A new contribution (after asking, when the open one has edits not saved to its file). */
  newDocument(): Promise<void>;
  startProposal(number: string, suppress: boolean): Promise<void>;
  newDraft(): void;
  /** An imported text as a draft; an error message when it cannot be added. */
  importDraft(resolution: Resolution): string | null;
  /** The coordinator's merged draft as a proposal (`replace`: into the proposal the contribution has on it, once confirmed); an error message when it cannot be added. */
  adoptMerged(merged: MergedProposal, replace: boolean): Promise<string | null>;
  /** A finding of the checks: show its proposal, the caret on its line. */
  jumpTo(finding: Finding): void;
  /** A citation a finding points at: the adopted text it stands in, at its line. */
  openCitation(place: RelatedPlace): void;
  /** Host commands that are no window command: About, the window closing. */
  hostCommand(command: HostCommand): void;
}

/** Where the window shows a proposal: its resolution in the sidebar, or the draft new resolution itself. */
export function selectionOf(p: Proposal): Selection {
  return p.baseline ? { type: 'baseline', number: p.baseline.number } : { type: 'proposal', id: p.id };
}

/** The window's actions on the store, the host and the navigation. */
export function useWindowActions(store: ContributionStore, host: HostApi, nav: Navigation): WindowActions {
  const registry = useMemo(() => new CommandRegistry(), []);
  const { setPanel, select, focusOn, setCompiling, setTool } = nav;

  const actions = useMemo((): WindowActions => {
    /** Runs `then` now, or after asking when the contribution has edits not saved to its file. */
    const guardLeave = async (leaving: 'open' | 'new', then: () => Promise<void>): Promise<void> => {
      if (await store.hasUnsavedEdits()) setPanel({ type: 'leave', leaving, then });
      else await then();
    };
    const openDocument = async (path?: string, word = false): Promise<void> => {
      if (path === undefined && (await host.planFile('open')).pageAsks) return setPanel({ type: 'open' });
      await guardLeave('open', async () => {
        const opened = await store.replaceWith(() => (word ? host.importWordDocument(path) : host.openContribution(path)));
        setPanel(null);
        if (!opened) return;
        // a Word document with a colleague's changes opens on the first proposal to review
        const review = word ? opened.contribution.proposals.find((p) => p.review) : undefined;
        select(review ? selectionOf(review) : null);
      });
    };
    const newDocument = (): Promise<void> =>
      guardLeave('new', async () => {
        if (!(await store.replaceWith(() => host.newContribution()))) return;
        setPanel(null);
        select(null);
      });
    return {
      registry,
      openDocument,
      newDocument,
      startProposal: async (number, suppress) => {
        const id = await store.startProposal(number, suppress);
        // the caret goes where the delegate writes next: the number line of a MOD (its "Rev." first), the reasons of a SUP
        if (id) focusOn(id, { type: 'baseline', number }, suppress ? -1 : 0);
      },
      newDraft: () => {
        const id = store.newDraft();
        if (id) focusOn(id, { type: 'proposal', id }, 1); // its title comes first
      },
      importDraft: (resolution) => {
        const added = store.importDraft(resolution);
        if (!added.ok) return added.error;
        setPanel(null);
        select(selectionOf(store.proposal(added.id)!));
        return null;
      },
      adoptMerged: async (merged, replace) => {
        const added = await store.adoptMerged(merged, replace);
        if (!added.ok) return added.error;
        setCompiling(false);
        select({ type: 'baseline', number: merged.number });
        return null;
      },
      jumpTo: (f) => {
        setPanel(null);
        const p = f.place.proposalId ? store.proposal(f.place.proposalId) : undefined;
        if (p) focusOn(p.id, selectionOf(p), f.place.line ?? -1);
      },
      openCitation: (place) => select({ type: 'adopted', edition: place.edition, number: place.resolution, line: place.line }),
      hostCommand: (command) => {
        if (command.type === 'closeRequested') {
          void store.flush().then(() => host.confirmClose());
          return;
        }
        void host.getAppInfo().then(
          (info) => store.tell(t('app.about', { name: info.name, version: info.version, conference: info.edition.conference, place: info.edition.place, year: String(info.edition.year), folder: info.documentsDir })),
          (e: unknown) => store.fail(e instanceof Error ? e.message : String(e)),
        );
      },
    };
  }, [store, host, registry, setPanel, select, focusOn, setCompiling]);

  useEffect(
    () =>
      registry.provide({
        new: () => void actions.newDocument(),
        open: (path) => void actions.openDocument(path),
        save: () => void store.save(),
        saveAs: () => void store.saveAs(),
        createVersion: () => void store.flush().then(() => setPanel({ type: 'version' })),
        settings: () => setPanel({ type: 'settings' }),
        checks: () => setTool((t) => (t === 'checks' ? null : 'checks')),
        export: () => setPanel({ type: 'export' }),
        help: () => setTool((t) => (t === 'help' ? null : 'help')),
        versions: () => setTool((t) => (t === 'versions' ? null : 'versions')),
        synopsis: () => setCompiling(true),
        joinRoom: () => setPanel({ type: 'join' }),
      }),
    [registry, actions, store, setPanel, setTool, setCompiling],
  );
  return actions;
}
