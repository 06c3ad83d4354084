import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromText } from '../../shared/text/fromText';
import { compare } from '../../shared/engine/compare';
import { LiveCompare } from '../../renderer/editor/liveCompare';
import { randomEdits } from '../support/randomEdits';
import type { ChangeRow } from '../../shared/engine/changeSet';

const BUNDLED = join(import.meta.dirname, '../../resources/baseline/kigali-2022');
const files = readdirSync(BUNDLED).filter((f) => f.endsWith('.txt')).sort();

/** Rows without move ids (per-call comparison numbers moves per call). */
function shape(rows: ChangeRow[]): unknown[] {
  return rows.map((r) => ({ ...r, move: r.move?.role }));
}

describe('LiveCompare (per-call incremental compare)', () => {
  for (const file of files) {
    it(`gives the engine's rows for word edits in ${file}`, () => {
      const base = fromText(readFileSync(join(BUNDLED, file), 'utf8'));
      const live = new LiveCompare(base);
      for (const seed of [1, 2, 3]) {
        const draft = randomEdits(base, seed, { wordRate: 0.03, insertItems: 1, deleteItems: 1, moveItems: 0, footnoteEdits: 1 });
        const full = compare(base, draft);
        const inc = live.update(draft);
        expect(shape(inc.rows)).toEqual(shape(full.rows));
        expect(inc.action).toBe(full.action);
        expect(inc.stats).toEqual(full.stats);
      }
    });
  }

  it('re-runs the engine only on the call that changed', () => {
    const base = fromText(readFileSync(join(BUNDLED, 'res-34.txt'), 'utf8'));
    const live = new LiveCompare(base);
    const draft = structuredClone(base);
    expect(live.update(draft).action).toBe('NOC');
    const list = draft.calls[0].blocks.find((b) => b.type === 'list');
    if (!list || list.type !== 'list') throw new Error('Resolution 34 has no list in its first call');
    list.items[1].text = `new ${list.items[1].text}`;
    const changes = live.update(draft);
    expect(changes.action).toBe('MOD');
    expect(live.lastMisses).toBe(1);
    expect(changes.rows.filter((r) => r.status === 'modified')).toHaveLength(1);
    live.update(draft);
    expect(live.lastMisses).toBe(0);
  });

  it('marks a deleted call and an inserted call', () => {
    const base = fromText(readFileSync(join(BUNDLED, 'res-5.txt'), 'utf8'));
    const live = new LiveCompare(base);
    const draft = structuredClone(base);
    draft.calls.splice(1, 1);
    draft.calls.push({ phrase: 'invites Member States', blocks: [{ type: 'paragraph', text: 'to act.' }] });
    const rows = live.update(draft).rows;
    expect(rows.filter((r) => r.status === 'deleted' && r.kind === 'call').map((r) => r.base?.text)).toEqual(['recognizing']);
    expect(rows.filter((r) => r.status === 'inserted').map((r) => r.draft?.text)).toEqual(['invites Member States', 'to act.']);
    expect(rows.map((r) => r.draft?.line).filter((l) => l !== undefined)).toEqual([...Array(rows.filter((r) => r.draft).length).keys()]);
  });
});
