import { useState, type ReactNode } from 'react';
import {
  ChevronLeft,
  ChevronRight,
  CircleHelp,
  FileOutput,
  FilePlus,
  FolderOpen,
  GitCompareArrows,
  History,
  ListPlus,
  MessageSquareDiff,
  Redo2,
  Save,
  Settings,
  ShieldCheck,
  Superscript,
  Table2,
  TextSearch,
  Undo2,
  FileText,
  type LucideIcon,
} from 'lucide-react';
import { TOOLBAR_GROUPS, keyHint, toolbarCommands, type CommandId, type CommandSpec, type ToolbarGroup } from '../../shared/commands/commandTable';
import { STANDARD_CALL_PHRASES } from '../../shared/grammar/callPhrase';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { useRegistry, type CommandRegistry } from './commandRegistry';
import type { Tool } from './sidePane';
import { t } from './uiLanguage';
import { commandWords, toolbarGroupName } from '../../shared/i18n/commandMessages';

/** Each toolbar command's icon (the name is the command table's). */
const ICONS: Partial<Record<CommandId, LucideIcon>> = {
  new: FilePlus,
  open: FolderOpen,
  save: Save,
  export: FileOutput,
  undo: Undo2,
  redo: Redo2,
  insertCall: ListPlus,
  insertFootnote: Superscript,
  previousChange: ChevronLeft,
  nextChange: ChevronRight,
  reviewChanges: MessageSquareDiff,
  compareVersions: GitCompareArrows,
  findReplace: TextSearch,
  checks: ShieldCheck,
  proposalDetails: FileText,
  versions: History,
  settings: Settings,
  synopsis: Table2,
  help: CircleHelp,
};

/**
 * How soon each group's buttons show their icon alone as the window narrows (their names stay as
 * tooltips and accessible names): `wide` groups only on a very wide window, `medium` ones down to
 * a common laptop's, the others down to a narrow window (docs/design.md, "Layout").
 */
const LABELS: Readonly<Record<ToolbarGroup, 'wide' | 'medium' | 'narrow'>> = {
  File: 'wide',
  Edit: 'wide',
  Insert: 'medium',
  Changes: 'narrow',
  Check: 'medium',
  Panes: 'wide',
  Contribution: 'wide',
  Help: 'wide',
};

/** Commands shown by their icon alone at every width (arrows beside the count, as Word's Previous and Next). */
const ICON_ONLY: ReadonlySet<CommandId> = new Set<CommandId>(['previousChange', 'nextChange']);

/** The commands that open a tool of the side pane: their buttons are pressed while it is open. */
const TOOL_OF: Partial<Record<CommandId, Tool>> = { reviewChanges: 'review', findReplace: 'find', checks: 'checks', proposalDetails: 'proposal', versions: 'versions', help: 'help' };

/** Commands whose icon points left or right: mirrored right to left. */
const POINTING: ReadonlySet<CommandId> = new Set<CommandId>(['previousChange', 'nextChange', 'undo', 'redo']);

const FREE_TEXT = '__free__';

const STRINGS = {
  get toolbar() {
    return t('toolbar.label');
  },
  get callPhrase() {
    return t('toolbar.callPhrase');
  },
  get callText() {
    return t('toolbar.callText');
  },
  get callPlaceholder() {
    return t('toolbar.callPlaceholder');
  },
  get otherCall() {
    return t('toolbar.otherCall');
  },
  changes: (count: number): string => t('toolbar.changes', { count }),
};

function CommandButton({ c, registry, tool, arg, disabled }: { c: CommandSpec; registry: CommandRegistry; tool: Tool | null; arg?: string; disabled?: boolean }): ReactNode {
  const Icon = ICONS[c.id];
  const opens = TOOL_OF[c.id];
  const key = keyHint(c.id);
  const words = commandWords(t, c);
  return (
    <button
      type="button"
      data-command={c.id}
      data-testid={c.id === 'compareVersions' ? 'open-compare' : undefined}
      disabled={disabled || !registry.has(c.id)}
      aria-pressed={opens ? tool === opens : undefined}
      title={key ? t('toolbar.buttonTitle', { label: words.label, key }) : words.label}
      // the editor keeps its selection while a button is pressed
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => registry.run(c.id, arg)}
    >
      {Icon && <Icon aria-hidden size={16} className={POINTING.has(c.id) ? 'icon-flip' : undefined} />}
      <span className={ICON_ONLY.has(c.id) ? 'visually-hidden' : 'tb-label'}>{words.button}</span>
    </button>
  );
}

/** The change count of the proposal shown, the engine's (as every view counts). */
function ChangeCount({ store, proposalId }: { store: ContributionStore; proposalId: string | undefined }): ReactNode {
  const count = useStore(store, (_s, st) => {
    const p = proposalId ? st.proposal(proposalId) : undefined;
    if (!p?.baseline || p.symbol === 'SUP') return null;
    return st.outcomeOf(p.id)?.units.length ?? null;
  });
  return (
    <span className="tb-count" data-testid={count === null ? undefined : 'change-count'} aria-live="polite">
      {count === null ? '' : STRINGS.changes(count)}
    </span>
  );
}

/** The call phrase the Insert call button inserts: a standard one, or free text. */
function CallPicker({ phrase, onPhrase, free, onFree, disabled }: { phrase: string; onPhrase(p: string): void; free: string; onFree(t: string): void; disabled: boolean }): ReactNode {
  return (
    <>
      <select aria-label={STRINGS.callPhrase} value={phrase} disabled={disabled} onChange={(e) => onPhrase(e.target.value)}>
        {STANDARD_CALL_PHRASES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        <option value={FREE_TEXT}>{STRINGS.otherCall}</option>
      </select>
      {phrase === FREE_TEXT && <input aria-label={STRINGS.callText} placeholder={STRINGS.callPlaceholder} value={free} onChange={(e) => onFree(e.target.value)} />}
    </>
  );
}

/**
 * The window's one toolbar (docs/design.md), built from the command table: its groups by task, each
 * button with its icon and, where space allows, its name. A command nothing performs now (no
 * proposal open) is disabled; a button that opens a tool of the side pane is pressed while it is
 * open. The change count sits between Previous and Next change.
 */
export function Toolbar({ registry, store, proposalId, tool }: { registry: CommandRegistry; store: ContributionStore; proposalId: string | undefined; tool: Tool | null }): ReactNode {
  useRegistry(registry);
  const [phrase, setPhrase] = useState<string>(STANDARD_CALL_PHRASES[0]);
  const [free, setFree] = useState('');
  const chosen = phrase === FREE_TEXT ? free : phrase;
  return (
    <div className="toolbar-bar" role="toolbar" aria-label={STRINGS.toolbar} data-testid="toolbar">
      {TOOLBAR_GROUPS.map((group) => (
        <div key={group} className={`tb-group tb-${LABELS[group]}`} role="group" aria-label={toolbarGroupName(t, group)}>
          {toolbarCommands(group).map((c) => (
            <span key={c.id} className="tb-item">
              {c.id === 'insertCall' && <CallPicker phrase={phrase} onPhrase={setPhrase} free={free} onFree={setFree} disabled={!registry.has('insertCall')} />}
              <CommandButton c={c} registry={registry} tool={tool} arg={c.id === 'insertCall' ? chosen : undefined} disabled={c.id === 'insertCall' && !chosen.trim()} />
              {c.id === 'previousChange' && <ChangeCount store={store} proposalId={proposalId} />}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
