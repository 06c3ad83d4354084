import type { ContributionSettings } from '../../shared/contribution/schema';
import type { MessageId } from '../../shared/i18n/catalogs/en';
import { msg } from '../../shared/i18n/translate';

/** The delegate's choice of spell checking (the contribution's setting; absent: `auto`). */
export type SpellcheckChoice = NonNullable<ContributionSettings['spellcheck']>;

/**
 * Up to this many lines a draft is spell-checked as it is typed when the delegate chose `auto`:
 * `npm run bench:editor -- --spelling on|off` measures what checking costs a keystroke (none that shows
 * at Resolution 34's length; on a text of thousands of lines the browser checks again around each
 * edit and slows the key → frame time).
 */
export const SPELLCHECK_AUTO_LINES = 600;

/** Whether the editor checks spelling in a draft of `lines` lines, by the delegate's choice. */
export function spellchecks(choice: SpellcheckChoice | undefined, lines: number): boolean {
  if (choice === 'on') return true;
  if (choice === 'off') return false;
  return lines <= SPELLCHECK_AUTO_LINES;
}

/** The choices as the settings show them (whole sentences, for translation). */
export const SPELLCHECK_CHOICES: readonly [SpellcheckChoice, MessageId][] = [
  ['auto', msg('spelling.auto')],
  ['on', msg('spelling.on')],
  ['off', msg('spelling.off')],
];
