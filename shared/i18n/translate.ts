import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS } from './catalogs';
import { EN, type MessageId } from './catalogs/en';
import { PSEUDO_LOCALE, type UiLocale } from './locales';
import { pseudoMessage } from './pseudo';

/**
 * The values of a message's ICU arguments (`{count, plural, …}`, `{name}`); a value may itself be a
 * message, put into words in the same locale first (a check's rule inside its finding).
 */
export type MessageValues = Readonly<Record<string, string | number | Message>>;

/** A message in a given locale: its id and the values of its arguments. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** A message not yet put into words: what a check or a command gives, for each reader to render. */
export interface Message {
  id: MessageId;
  values?: MessageValues;
}

const translators = new Map<UiLocale, Translate>();

function resolved(t: Translate, values: MessageValues): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'object' ? t(v.id, v.values) : v;
  return out;
}

function formatOf(locale: UiLocale, id: MessageId): IntlMessageFormat {
  if (locale === PSEUDO_LOCALE) return new IntlMessageFormat(pseudoMessage(EN[id]), 'en');
  return new IntlMessageFormat(CATALOGS[locale][id], locale, undefined, { ignoreTag: true });
}

/**
 * The messages of `locale`, from its catalog (the pseudo-locale's made from the English ones), each
 * parsed once. A value missing from `values` is an error of the caller, thrown as the library does.
 */
export function translator(locale: UiLocale): Translate {
  const known = translators.get(locale);
  if (known) return known;
  const formats = new Map<MessageId, IntlMessageFormat>();
  const t: Translate = (id, values) => {
    let format = formats.get(id);
    if (!format) {
      format = formatOf(locale, id);
      formats.set(id, format);
    }
    return String(format.format(values && resolved(t, values)));
  };
  translators.set(locale, t);
  return t;
}

/** A message in English, the language of scripts, logs and the JSON of `resdraft check`. */
export const english: Translate = (id, values) => translator('en')(id, values);

/**
 * Names a message that is put into words later (a table of choices): its id as it is, written so
 * that `npm run i18n:extract` sees it used.
 */
export function msg(id: MessageId): MessageId {
  return id;
}

/**
 * A message kept for each reader to put into words (a finding), with its English words for
 * scripts, logs and JSON: `{ message, text }` to spread into the object that carries it.
 */
export function said(id: MessageId, values?: MessageValues): { message: string; text: Message } {
  return { message: english(id, values), text: values ? { id, values } : { id } };
}

/** A message not yet put into words, to pass as the value of another (`{rule}` in a finding). */
export function words(id: MessageId, values?: MessageValues): Message {
  return values ? { id, values } : { id };
}
