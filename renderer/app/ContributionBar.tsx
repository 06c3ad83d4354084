import type { ReactNode } from 'react';
import { CircleHelp, FileOutput, FilePlus, FolderOpen, ListChecks, Save, Settings, type LucideIcon } from 'lucide-react';
import { command, keyHint, type WindowCommandId } from '../../shared/commands/commandTable';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import type { CommandRegistry } from './commandRegistry';

/** The contribution's buttons, in the command table's words, with their icons. */
const BUTTONS: { id: WindowCommandId; icon: LucideIcon }[] = [
  { id: 'new', icon: FilePlus },
  { id: 'open', icon: FolderOpen },
  { id: 'save', icon: Save },
  { id: 'settings', icon: Settings },
  { id: 'checks', icon: ListChecks },
  { id: 'export', icon: FileOutput },
  { id: 'help', icon: CircleHelp },
];

/** The open contribution's name with "edited" while it holds unsaved edits, and its commands. */
export function ContributionBar({ store, registry, onSynopsis }: { store: ContributionStore; registry: CommandRegistry; onSynopsis(): void }): ReactNode {
  const name = useStore(store, (s) => s.doc?.name ?? null);
  const edited = useStore(store, (s) => s.edited);
  const open = name !== null;
  return (
    <div className="doc-status" data-testid="doc-status">
      <span className="doc-name">{open ? `${name}${edited ? ' • edited' : ''}` : 'Opening…'}</span>
      <span className="doc-buttons">
        {BUTTONS.map(({ id, icon: Icon }) => {
          const c = command(id);
          return (
            <button key={id} type="button" className="btn" disabled={!open && id !== 'help'} onClick={() => registry.run(id)} title={keyHint(id)}>
              <Icon aria-hidden size={16} /> {c.button ?? c.label}
            </button>
          );
        })}
        <button type="button" disabled={!open} onClick={onSynopsis}>
          Synopsis…
        </button>
      </span>
    </div>
  );
}
