import { createContext, useContext } from 'react';

/** A tool of the side pane (docs/design.md): one at a time, beside the text. */
export type Tool = 'proposal' | 'review' | 'colleague' | 'conflicts' | 'find' | 'checks' | 'versions' | 'help';

/** The tools that act on the open proposal's editor: the proposal view puts them into the pane. */
export const EDITOR_TOOLS: ReadonlySet<Tool> = new Set<Tool>(['review', 'colleague', 'conflicts', 'find']);

/** Each tool's name, as the pane's title says it. */
export const TOOL_TITLES: Readonly<Record<Tool, string>> = {
  proposal: 'Proposal',
  review: 'Review changes',
  colleague: 'A colleague’s changes',
  conflicts: 'Conflicts with the new edition',
  find: 'Find and replace',
  checks: 'Checks before sending',
  versions: 'Versions',
  help: 'Keyboard shortcuts',
};

/** The side pane as a view sees it: the tool open, a way to change it, and where a proposal view puts its editor's tools. */
export interface SidePaneAccess {
  tool: Tool | null;
  setTool(tool: Tool | null): void;
  /** Opens the tool, or closes it when it is the one open. */
  toggle(tool: Tool): void;
  /** The element the proposal view renders its editor's tools into (a portal); null while the pane is not drawn. */
  slot: HTMLElement | null;
}

/** The window's side pane. */
export const SidePaneContext = createContext<SidePaneAccess>({ tool: null, setTool: () => undefined, toggle: () => undefined, slot: null });

/** The window's side pane. */
export function useSidePane(): SidePaneAccess {
  return useContext(SidePaneContext);
}
