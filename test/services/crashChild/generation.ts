import { newContribution } from '../../../shared/contribution/newContribution';
import type { Contribution } from '../../../shared/contribution/schema';

const FILLER = 'resolves to instruct the Director of the Telecommunication Development Bureau to continue to assist Member States; ';

/**
 * Contribution number `g` of a crash test: deterministic, and generations differ in size
 * (1-4 proposals, drafts of different lengths), so a file mixing two of them cannot parse as either.
 */
export function generationContribution(g: number): Contribution {
  const c = newContribution(2025);
  c.settings.source = `generation ${g}`;
  const count = 1 + (g % 4);
  for (let i = 0; i < count; i++) {
    c.proposals.push({
      id: `g${g}-p${i}`,
      baseline: { edition: 'kigali-2022', number: String(5 + i) },
      symbol: 'auto',
      draft: { numberLine: `RESOLUTION ${5 + i} (Rev. Baku, 2025)`, title: FILLER.repeat(200 + ((g * 37 + i * 11) % 300)), conferenceLine: '', calls: [], footnotes: [] },
      reasons: `generation ${g}, proposal ${i}`,
    });
  }
  return c;
}

/** The generation a contribution of {@link generationContribution} was made from. */
export function generationOf(c: Pick<Contribution, 'settings'>): number {
  const m = /^generation (\d+)$/.exec(c.settings.source);
  if (!m) throw new Error(`not a crash-test contribution: source "${c.settings.source}"`);
  return Number(m[1]);
}

/**
 * Generation `g` as a window that autosaves what changed holds it: the proposals keep their ids and
 * reasons from one generation to the next, so what changes is their drafts (the title, one call's
 * text), their number, and the settings; each generation still differs in size.
 */
export function deltaGeneration(g: number): Contribution {
  const c = generationContribution(g);
  c.proposals = c.proposals.map((p, i) => ({
    ...p,
    id: `p${i}`,
    reasons: `proposal ${i}`,
    draft: { ...p.draft, calls: [{ phrase: 'considering', blocks: [{ type: 'paragraph', text: 'that nothing changes here,' }] }, { phrase: 'resolves', blocks: [{ type: 'paragraph', text: `generation ${g}.` }] }] },
  }));
  return c;
}
