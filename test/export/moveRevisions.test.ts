import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/engine/compare';
import type { List } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { toDocx } from '../../main/services/docx/toDocx';
import { resolutionsIn } from '../lo/loReadBack';
import { docxParts, readDocx } from './docxRead';
import { settings } from './handMade';

const DIR = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const load = (n: string): string => readFileSync(join(DIR, `res-${n}.txt`), 'utf8');

describe('a moved item is a Word move revision', () => {
  const base = load('5');
  const res = fromText(base);
  const considering = res.calls[0].blocks.find((b): b is List => b.type === 'list')!;
  considering.items.push(considering.items.splice(1, 1)[0]);
  const recognizing = res.calls[1].blocks.find((b): b is List => b.type === 'list');
  if (recognizing && recognizing.items.length > 2) recognizing.items.unshift(recognizing.items.pop()!);
  const draft = toText(res);
  const changes = compare(fromText(base), fromText(draft));

  it('the engine marks the moved items only, with ids unique across the calls', () => {
    const moved = changes.rows.filter((r) => r.move);
    const ids = new Set(moved.map((r) => r.move!.id));
    expect(moved.length).toBe(2 * ids.size);
    expect(ids.size).toBe(recognizing && recognizing.items.length > 2 ? 2 : 1);
    expect(moved.find((r) => r.move!.role === 'to')!.draft!.text).toBe(considering.items.at(-1)!.text);
  });

  it('writes w:moveFrom and w:moveTo with named range markers, and Accept/Reject All stay exact', async () => {
    const bytes = await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: 'X/1', changes, reasons: 'r.' }] }, { date: '2025-05-01T10:00:00Z', author: 'T' });
    const { document } = docxParts(bytes);
    const names = (tag: string): string[] => [...document.matchAll(new RegExp(`<w:${tag}RangeStart [^>]*w:name="([^"]+)"`, 'g'))].map((m) => m[1]);
    expect(names('moveFrom').length).toBe(new Set(changes.rows.filter((r) => r.move).map((r) => r.move!.id)).size);
    expect(new Set(names('moveFrom'))).toEqual(new Set(names('moveTo')));
    expect(document).toMatch(/<w:moveFrom w:id="\d+" w:author="T" w:date="2025-05-01T10:00:00Z"><w:r><w:t xml:space="preserve">/);
    expect(document).not.toMatch(/<w:moveFrom [^>]*>(?:(?!<\/w:moveFrom>).)*w:delText/);
    expect((document.match(/<w:moveFromRangeEnd /g) ?? []).length).toBe(names('moveFrom').length);
    expect(resolutionsIn(readDocx(bytes, 'accept'))[0]).toBe(draft);
    expect(resolutionsIn(readDocx(bytes, 'reject'))[0]).toBe(base);
  });
});
