import type { CommandGroup, CommandSpec, ToolbarGroup } from '../commands/commandTable';
import type { MessageId } from './catalogs/en';
import type { Translate } from './translate';

/**
 * A command's words in a locale: its label (help, menus, button titles), its button's text and
 * the place where its key applies. The English catalog holds the command table's own words
 * (`test/unit/i18nCatalogs.test.ts` keeps them equal).
 */
export function commandWords(t: Translate, c: CommandSpec): { label: string; button: string; context?: string } {
  const label = t(`command.${c.id}` as MessageId);
  return {
    label,
    button: c.button ? t(`command.${c.id}.button` as MessageId) : label,
    ...(c.context ? { context: t(`command.${c.id}.context` as MessageId) } : {}),
  };
}

/** The name of a section of the help panel in a locale. */
export function commandGroupName(t: Translate, group: CommandGroup): string {
  return t(`commandGroup.${group}` as MessageId);
}

/** The name of a group of the toolbar in a locale. */
export function toolbarGroupName(t: Translate, group: ToolbarGroup): string {
  return t(`toolbarGroup.${group}` as MessageId);
}
