import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { SHORTCUT_GROUPS } from './shortcuts';

/** Every keyboard shortcut of the app (opened with F1 or ?). */
export function HelpPanel({ onClose }: { onClose(): void }): ReactNode {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="help-panel" className="help-panel">
      <p className="hint">Every command is a button or a field reached with Tab; these keys are faster. On a Mac, Ctrl is ⌘.</p>
      {SHORTCUT_GROUPS.map((g) => (
        <section key={g.title}>
          <h3>{g.title}</h3>
          <table className="shortcut-table">
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What it does</th>
              </tr>
            </thead>
            <tbody>
              {g.shortcuts.map((s) => (
                <tr key={`${s.keys}-${s.what}`}>
                  <td>
                    <kbd>{s.keys}</kbd>
                  </td>
                  <td>{s.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
