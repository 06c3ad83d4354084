import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import { toWordDiff } from '../../shared/engine/toWordDiff';
import { fromText } from '../../shared/text/fromText';
import { acceptAll, rejectAll } from '../support/wordDiffLaws';

/**
 * Each fixture is the expected word-diff of one comparison, named `<case>.<SYMBOL>.txt`.
 * The baseline is its reject-all reading and the draft its accept-all reading, so the engine
 * must reproduce exactly the marks written in the file.
 */
const DIR = join(import.meta.dirname, '../fixtures/engine');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

describe('engine fixtures (expected marks written in the notation)', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(6));

  it.each(fixtures)('%s', (file) => {
    const expected = readFileSync(join(DIR, file), 'utf8');
    const symbol = file.split('.').at(-2);
    const draft = fromText(acceptAll(expected));
    const baseline = symbol === 'ADD' ? null : fromText(rejectAll(expected));
    const changes = compare(baseline, draft);
    expect(changes.action).toBe(symbol);
    const marked = symbol === 'ADD' ? `{+${acceptAll(expected)}+}` : expected;
    expect(toWordDiff(changes)).toBe(marked);
  });
});
