import type { ReactNode } from 'react';
import { COMMAND_GROUPS } from '../../shared/commands/commandTable';
import { shortcutRows } from '../../shared/commands/shortcutRows';

/** Alternative keys listed as the language lists alternatives (`F1 or ?`). */
const ALTERNATIVES = new Intl.ListFormat('en', { type: 'disjunction' });

const PLATFORM = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? 'mac' : 'other';

const STRINGS = {
  intro: 'Every command is a button or a field reached with Tab; these keys are faster.',
  mac: 'On a Mac, Ctrl is ⌘.',
  keys: 'Keys',
  what: 'What it does',
};

/** Every keyboard shortcut of the app (F1 or ?), from the command table, in the side pane. */
export function HelpPane(): ReactNode {
  const rows = shortcutRows(PLATFORM);
  return (
    <div className="help-panel" data-testid="help-panel">
      <p className="hint">{STRINGS.intro}</p>
      {PLATFORM === 'mac' ? null : <p className="hint">{STRINGS.mac}</p>}
      {COMMAND_GROUPS.map((group) => (
        <section key={group}>
          <h3>{group}</h3>
          <table className="shortcut-table">
            <thead>
              <tr>
                <th scope="col">{STRINGS.keys}</th>
                <th scope="col">{STRINGS.what}</th>
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
    </div>
  );
}
