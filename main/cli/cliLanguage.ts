import { matchLocale, type UiLocale } from '../../shared/i18n/locales';
import type { MessageId } from '../../shared/i18n/catalogs/en';
import { translator, type MessageValues, type Translate } from '../../shared/i18n/translate';

/**
 * The language of the CLI's messages, as POSIX programs choose it: `LC_ALL`, else `LC_MESSAGES`,
 * else `LANG` (`fr_FR.UTF-8` gives French, `en_XA` the pseudo-locale); English when none is set,
 * for `C` and `POSIX`, and for a language that is not one of the six.
 */
export function cliLocale(env: Readonly<Record<string, string | undefined>> = process.env): UiLocale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  if (value === undefined || /^(C|POSIX)([._@]|$)/.test(value)) return 'en';
  return matchLocale([value.split(/[.@]/)[0]!.replace('_', '-')]);
}

/** The CLI's messages in the language of the environment it runs in. */
export const cliText: Translate = (id: MessageId, values?: MessageValues) => translator(cliLocale())(id, values);
