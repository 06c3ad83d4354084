import type { ReactNode } from 'react';
import { COMMAND_GROUPS } from '../../shared/commands/commandTable';
import { shortcutRows } from '../../shared/commands/shortcutRows';
import { Dialog, DialogEnd } from './Dialog';

/** Alternative keys listed as the language lists alternatives (`F1 or ?`). */
const ALTERNATIVES = new Intl.ListFormat('en', { type: 'disjunction' });

const PLATFORM = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? 'mac' : 'other';

/** Every keyboard shortcut of the app (opened with F1 or ?), from the command table. */
export function HelpPanel({ onClose }: { onClose(): void }): ReactNode {
  const rows = shortcutRows(PLATFORM);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="help-panel" className="help-panel">
      <p className="hint">Every command is a button or a field reached with Tab; these keys are faster.{PLATFORM === 'mac' ? '' : ' On a Mac, Ctrl is ⌘.'}</p>
      {COMMAND_GROUPS.map((group) => (
        <section key={group}>
          <h3>{group}</h3>
          <table className="shortcut-table">
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What it does</th>
              </tr>
            </thead>
            <tbody>
              {rows
                .filter((r) => r.group === group)
                .map((r) => (
                  <tr key={r.id}>
                    <td>
                      {ALTERNATIVES.formatToParts(r.keys).map((part, i) => (part.type === 'element' ? <kbd key={i}>{part.value}</kbd> : part.value))}
                      {r.context && ` ${r.context}`}
                    </td>
                    <td>{r.what}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      <DialogEnd label="Close" onClick={onClose} primary />
    </Dialog>
  );
}
