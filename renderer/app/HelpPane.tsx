import type { ReactNode } from 'react';
import { shortcutRows } from '../../shared/commands/shortcutRows';
import { COMMAND_GROUPS, command } from '../../shared/commands/commandTable';
import { commandGroupName, commandWords } from '../../shared/i18n/commandMessages';
import { intlLocale, t } from './uiLanguage';

/** Alternative keys listed as the language lists alternatives (`F1 or ?`). */
const alternatives = (): Intl.ListFormat => new Intl.ListFormat(intlLocale(), { type: 'disjunction' });

const PLATFORM = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? 'mac' : 'other';

const STRINGS = {
  get intro() {
    return t('help.intro');
  },
  get mac() {
    return t('help.mac');
  },
  get keys() {
    return t('help.keys');
  },
  get what() {
    return t('help.what');
  },
};

/** Every keyboard shortcut of the app (F1 or ?), from the command table, in the side pane. */
export function HelpPane(): ReactNode {
  const rows = shortcutRows(PLATFORM);
  const list = alternatives();
  return (
    <div className="help-panel" data-testid="help-panel">
      <p className="hint">{STRINGS.intro}</p>
      {PLATFORM === 'mac' ? null : <p className="hint">{STRINGS.mac}</p>}
      {COMMAND_GROUPS.map((group) => (
        <section key={group}>
          <h3>{commandGroupName(t, group)}</h3>
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
                .map((r) => {
                  const words = commandWords(t, command(r.id));
                  return (
                    <tr key={r.id}>
                      <td>
                        {list.formatToParts(r.keys).map((part, i) => (part.type === 'element' ? <kbd key={i}>{part.value}</kbd> : part.value))}
                        {words.context && ` ${words.context}`}
                      </td>
                      <td>{words.label}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
