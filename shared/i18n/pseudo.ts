import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒğĥîĵķļɱñöƥʠŕšţûṽŵẋýžÀƁÇĐÉƑĞĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/** The padding that makes a pseudo message about 30 % longer, as translations often are. */
function padding(length: number): string {
  return '·'.repeat(Math.ceil(length * 0.3));
}

function accent(text: string): string {
  return [...text].map((c) => ACCENTED[c] ?? c).join('');
}

function accentAll(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((e): MessageFormatElement => {
    if (e.type === TYPE.literal) return { ...e, value: accent(e.value) + padding(e.value.length) };
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      return { ...e, options: Object.fromEntries(Object.entries(e.options).map(([k, o]) => [k, { ...o, value: accentAll(o.value) }])) } as MessageFormatElement;
    }
    if (e.type === TYPE.tag) return { ...e, children: accentAll(e.children) };
    return e;
  });
}

/**
 * The pseudo-locale's form of an English ICU message, as a parsed message: every letter of its text
 * accented (arguments, plural and select keys untouched), each run of text padded by about 30 % with `·`, the whole bracketed
 * `⟦…⟧`, so a message read from the catalog is seen at once and a string left in the code is not.
 */
export function pseudoMessage(english: string): MessageFormatElement[] {
  const parsed = parse(english, { ignoreTag: true });
  const open = { type: TYPE.literal, value: '⟦' } as const;
  const close = { type: TYPE.literal, value: '⟧' } as const;
  return [open, ...accentAll(parsed), close];
}

/** Whether a visible text is pseudo-localized (bracketed `⟦…⟧` as `pseudoMessage` writes). */
export function isPseudoText(text: string): boolean {
  return /^\s*⟦[^]*⟧\s*$/.test(text);
}
