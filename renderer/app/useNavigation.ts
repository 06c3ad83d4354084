import { useCallback, useRef, useState } from 'react';
import type { Panel } from './panels';
import { hashOf, rememberSelection, selectionFromHash } from './placeInUrl';
import type { Selection } from './selection';
import { EDITOR_TOOLS, type Tool } from './sidePane';

/** Where the caret goes in a proposal's draft: its layout line (-1: the reasons); `nonce` repeats a jump. */
export interface FocusRequest {
  id: string;
  line: number;
  nonce: number;
}

/** What the compare view opens on: a version against the current draft, or (none given) the adopted text against it. */
export interface CompareRequest {
  fromVersion?: string;
}

/** Where the window is: what it shows (kept in the address), the dialog open over it, the side pane's tool, and where the caret goes next. */
export interface Navigation {
  selection: Selection;
  /** Show a resolution or a proposal (the compare view closes, and so do the tools of the proposal that was shown). */
  select(next: Selection): void;
  panel: Panel;
  setPanel(next: Panel): void;
  /** The tool open in the side pane, if any. */
  tool: Tool | null;
  setTool(tool: Tool | null | ((open: Tool | null) => Tool | null)): void;
  /** The compare view is open over the proposal (from a version, or the adopted text). */
  comparing: CompareRequest | null;
  setComparing(next: CompareRequest | null): void;
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
  const [tool, setTool] = useState<Tool | null>(null);
  const [comparing, setComparing] = useState<CompareRequest | null>(null);
  const [compiling, setCompiling] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const shown = useRef(selection);
  const select = useCallback((next: Selection) => {
    setComparing(null);
    setCompiling(false);
    setSelection(next);
    // another proposal: the tools of the one shown go with it (the same one shown again keeps them)
    if (hashOf(next) !== hashOf(shown.current)) setTool((t) => (t && EDITOR_TOOLS.has(t) ? null : t));
    shown.current = next;
    rememberSelection(next);
  }, []);
  const focusOn = useCallback(
    (id: string, next: Selection, line: number) => {
      select(next);
      setFocus({ id, line, nonce: Date.now() });
    },
    [select],
  );
  // the full views have no editor: the editor's tools close when one opens
  const closeEditorTools = useCallback(() => setTool((t) => (t && EDITOR_TOOLS.has(t) ? null : t)), []);
  const compare = useCallback(
    (next: CompareRequest | null) => {
      if (next) closeEditorTools();
      setComparing(next);
    },
    [closeEditorTools],
  );
  const compile = useCallback(
    (on: boolean) => {
      if (on) closeEditorTools();
      setCompiling(on);
    },
    [closeEditorTools],
  );
  return { selection, select, panel, setPanel, tool, setTool, comparing, setComparing: compare, focus, focusOn, compiling, setCompiling: compile };
}
