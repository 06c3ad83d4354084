/**
 * The autosave's change (shared/host/contentDelta.ts): applied to the content it was made from, it
 * gives the content it was made to, after every edit of seeded sequences (test/support/randomEdits.ts)
 * and for every other kind of change a window makes; and it holds only what changed.
 */
import { describe, expect, it } from 'vitest';
import type { ContributionContent } from '../../shared/contribution/schema';
import { applyContentDelta, contentDelta } from '../../shared/host/contentDelta';
import { randomEditSequence } from '../support/randomEdits';
import { adopted, longResolution, scaleDraft } from '../support/longResolution';
import { sampleContribution } from '../services/sampleContribution';

function content(): ContributionContent {
  const c = sampleContribution();
  return { settings: c.settings, proposals: c.proposals };
}

describe('applyContentDelta(before, contentDelta(before, after)) is after', () => {
  it('after every edit of seeded sequences on two proposals (drafts sent as patches; the content it was made from left as it was)', () => {
    let before = content();
    const steps = [...randomEditSequence(before.proposals[1].draft, 2401, 60)];
    for (const [k, step] of steps.entries()) {
      const proposals = [...before.proposals];
      proposals[k % 2 ? 1 : 0] = { ...proposals[k % 2 ? 1 : 0], draft: step.draft };
      const after = { ...before, proposals };
      const delta = contentDelta(before, after);
      if (delta) expect(delta.proposals, step.what).toBeUndefined();
      const kept = structuredClone(before);
      expect(delta ? applyContentDelta(before, delta) : before, step.what).toEqual(after);
      expect(before).toEqual(kept);
      before = after;
    }
  });

  it('settings, reasons, symbols, proposals added, removed and reordered', () => {
    const before = content();
    const changes: ((c: ContributionContent) => ContributionContent)[] = [
      (c) => ({ ...c, settings: { ...c.settings, source: 'Member States of CEPT' } }),
      (c) => ({ ...c, proposals: [{ ...c.proposals[0], reasons: 'New reasons.' }, c.proposals[1]] }),
      (c) => ({ ...c, proposals: [c.proposals[0], { ...c.proposals[1], symbol: 'SUP' }] }),
      (c) => ({ ...c, proposals: [...c.proposals, { id: 'new', baseline: { edition: 'kigali-2022', number: '17' }, symbol: 'auto', draft: adopted('17'), reasons: '' }] }),
      (c) => ({ ...c, proposals: [c.proposals[1]] }),
      (c) => ({ ...c, proposals: [c.proposals[1], c.proposals[0]] }),
    ];
    for (const change of changes) {
      const after = change(before);
      expect(applyContentDelta(before, contentDelta(before, after)!)).toEqual(after);
    }
    expect(contentDelta(before, before)).toBeNull();
    // contents that share nothing: whole proposals, still the same content
    const copy = structuredClone(before);
    expect(applyContentDelta(before, contentDelta(before, copy)!)).toEqual(copy);
  });
});

describe('a delta holds what changed', () => {
  it('a word typed in the 16 × text: the one call it is in', () => {
    const draft = scaleDraft(longResolution(16));
    const before: ContributionContent = { settings: content().settings, proposals: [{ ...content().proposals[1], draft }] };
    const next = structuredClone(draft);
    const call = next.calls[Math.floor(next.calls.length / 2)];
    call.phrase = `${call.phrase} further`;
    const after = { ...before, proposals: [{ ...before.proposals[0], draft: next }] };
    const delta = contentDelta(before, after)!;
    expect(delta).toEqual({ drafts: [{ id: before.proposals[0].id, patch: { calls: { at: Math.floor(next.calls.length / 2), remove: 1, insert: [call] } } }] });
    expect(JSON.stringify(delta).length).toBeLessThan(JSON.stringify(after).length / 100);
  });
});
