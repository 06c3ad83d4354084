import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.tag]: 'tag',
};

function collect(elements: readonly MessageFormatElement[], into: Set<string>): void {
  for (const e of elements) {
    const kind = KIND[e.type];
    if (kind && 'value' in e) into.add(`${e.value}:${kind}`);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) collect(o.value, into);
    if (e.type === TYPE.tag) collect(e.children, into);
  }
}

/**
 * The ICU arguments of a message, each as `name:kind` (`count:plural`, `name:text`), sorted: a
 * translation must have the same as its English source. Throws the parser's error on a message
 * that is not valid ICU.
 */
export function messageArguments(message: string): string[] {
  const found = new Set<string>();
  collect(parse(message, { ignoreTag: true }), found);
  return [...found].sort();
}
