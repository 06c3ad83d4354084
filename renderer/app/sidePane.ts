import { createContext, useContext } from 'react';
import { t } from './uiLanguage';

/** A tool of the side pane (docs/design.md): one at a time, beside the text. */
export type Tool = 'proposal' | 'review' | 'colleague' | 'conflicts' | 'find' | 'checks' | 'versions' | 'help';

/** The tools that act on the open proposal's editor: the proposal view puts them into the pane. */
export const EDITOR_TOOLS: ReadonlySet<Tool> = new Set<Tool>(['review', 'colleague', 'conflicts', 'find']);

/** Each tool's name, as the pane's title says it. */
export const TOOL_TITLES: Readonly<Record<Tool, string>> = {
  get proposal() {
    return t('tool.proposal');
  },
  get review() {
    return t('tool.review');
  },
  get colleague() {
    return t('tool.colleague');
  },
  get conflicts() {
    return t('tool.conflicts');
  },
  get find() {
    return t('tool.find');
  },
  get checks() {
    return t('tool.checks');
  },
  get versions() {
    return t('tool.versions');
  },
  get help() {
    return t('tool.help');
  },
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
