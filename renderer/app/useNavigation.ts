import { useCallback, useState } from 'react';
import type { Panel } from './panels';
import { rememberSelection, selectionFromHash } from './placeInUrl';
import type { Selection } from './Sidebar';

/** Where the caret goes in a proposal's draft: its layout line (-1: the reasons); `nonce` repeats a jump. */
export interface FocusRequest {
  id: string;
  line: number;
  nonce: number;
}

/** Where the window is: what it shows (kept in the address), the dialog open over it, and where the caret goes next. */
export interface Navigation {
  selection: Selection;
  /** Show a resolution or a proposal (the compare view closes). */
  select(next: Selection): void;
  panel: Panel;
  setPanel(next: Panel): void;
  /** The compare view is open over the proposal. */
  comparing: boolean;
  setComparing(on: boolean): void;
  focus: FocusRequest | null;
  /** Show a proposal and put the caret on a line of its draft (-1: the reasons). */
  focusOn(id: string, selection: Selection, line: number): void;
  /** The synopsis panel is open. */
  compiling: boolean;
  setCompiling(on: boolean): void;
}

/** The window's navigation state. */
export function useNavigation(): Navigation {
  const [selection, setSelection] = useState<Selection>(() => selectionFromHash(window.location.hash));
  const [panel, setPanel] = useState<Panel>(null);
  const [comparing, setComparing] = useState(false);
  const [compiling, setCompiling] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const select = useCallback((next: Selection) => {
    setComparing(false);
    setSelection(next);
    rememberSelection(next);
  }, []);
  const focusOn = useCallback(
    (id: string, next: Selection, line: number) => {
      select(next);
      setFocus({ id, line, nonce: Date.now() });
    },
    [select],
  );
  return { selection, select, panel, setPanel, comparing, setComparing, focus, focusOn, compiling, setCompiling };
}
