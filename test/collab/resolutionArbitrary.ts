import fc from 'fast-check';
import type { Block, Item, List, ListKind, Resolution } from '../../shared/model/resolution';

const KINDS: ListKind[] = ['alpha', 'numeric', 'numericParen', 'roman', 'dash'];

/** Line text as drafts hold it: words, spaces (no-break ones too), right-to-left script, punctuation, and `[^k]` references. */
export const lineTextArbitrary = fc
  .array(fc.oneof(fc.constantFrom('Member', 'States', ' ', '\u00a0', 'ITU\u2011D', 'الاتحاد', '؛', ';', '.', ',', '«', '»', '…', 'é'), fc.integer({ min: 1, max: 9 }).map((k) => `[^${k}]`)), { maxLength: 12 })
  .map((parts) => parts.join(''));

const itemArbitrary = (depth: number): fc.Arbitrary<Item> =>
  depth >= 2
    ? lineTextArbitrary.map((text) => ({ text }))
    : fc.record({ text: lineTextArbitrary, sublist: fc.option(listArbitrary(depth + 1), { nil: undefined }) }).map((i) => (i.sublist ? { text: i.text, sublist: i.sublist } : { text: i.text }));

function listArbitrary(depth: number): fc.Arbitrary<List> {
  return fc.record({ kind: fc.constantFrom(...KINDS), items: fc.array(itemArbitrary(depth), { minLength: 1, maxLength: 4 }) }).map((l) => ({ type: 'list' as const, kind: l.kind, items: l.items }));
}

const blockArbitrary: fc.Arbitrary<Block> = fc.oneof(
  lineTextArbitrary.map((text) => ({ type: 'paragraph' as const, text })),
  listArbitrary(0),
);

/** Any resolution the model holds: calls with paragraphs and (nested) lists, footnotes, empty lines. */
export const resolutionArbitrary: fc.Arbitrary<Resolution> = fc.record({
  numberLine: fc.oneof(fc.constant('RESOLUTION 5 (Rev. Kigali, 2022)'), lineTextArbitrary),
  title: lineTextArbitrary,
  conferenceLine: lineTextArbitrary,
  calls: fc.array(fc.record({ phrase: fc.constantFrom('considering', 'resolves', 'instructs the Director', ''), blocks: fc.array(blockArbitrary, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  footnotes: fc.array(fc.record({ id: fc.integer({ min: 1, max: 9 }), text: lineTextArbitrary }), { maxLength: 3 }),
});
