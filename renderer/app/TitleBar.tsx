import type { ReactNode } from 'react';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { THEME_CHOICES, useTheme } from './theme';

const STRINGS = {
  app: 'Resolution Drafter',
  opening: 'Opening…',
  edited: (name: string): string => `${name} • edited`,
  theme: 'Theme',
};

/** The window's title: the product, the open contribution's name ("edited" while it holds edits not saved to its file), and the theme. */
export function TitleBar({ store }: { store: ContributionStore }): ReactNode {
  const name = useStore(store, (s) => s.doc?.name ?? null);
  const edited = useStore(store, (s) => s.edited);
  const journaled = useStore(store, (s) => s.journaled);
  const [theme, setTheme] = useTheme();
  return (
    <header className="title-bar">
      <h1 className="app-name">{STRINGS.app}</h1>
      <span className="doc-status" data-testid="doc-status" data-journaled={journaled}>
        <span className="doc-name">{name === null ? STRINGS.opening : edited ? STRINGS.edited(name) : name}</span>
      </span>
      <label className="theme-picker">
        {STRINGS.theme}
        <select value={theme} data-testid="theme" onChange={(e) => setTheme(e.target.value as typeof theme)}>
          {THEME_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
