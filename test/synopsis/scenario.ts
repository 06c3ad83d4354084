/**
 * Five delegations' drafts of Resolution 30 and three of Resolution 36, with what each does.
 * Line numbers below are 0-based lines of the baseline's text layout.
 */
import { Corpus } from '../../main/services/corpus';
import type { Resolution } from '../../shared/model/resolution';
import { copyOf, deleteItem, insertItem, listUnder, moveItem, retarget, reword } from './delegationDrafts';

const corpus = new Corpus();

/** A delegation's draft with its attribution. */
export interface DelegationDraft {
  /** The short code a synopsis names the source by (`ACP`): the letters of its proposal numbers. */
  name: string;
  /** The whole Source of its contribution's cover. */
  source: string;
  prefix: string;
  reasons: string;
  draft: Resolution;
}

export const R30 = 'recalling';
export const R30_FURTHER = 'recognizing further';
export const R30_INSTRUCTS = 'instructs the Director of the Telecommunication Development Bureau';

/** The new item ACP and AFCP both add at the end of `recalling`, word for word. */
export const SHARED_NEW_ITEM = 'the outcomes of the regional preparatory meetings for WTDC‑25;';
/** The new item EUR adds at the start of `recognizing further` (relabelling a)–c)). */
export const CEPT_NEW_ITEM = 'that meaningful connectivity remains out of reach for a third of the world’s population;';

/**
 * Resolution 30 by five delegations:
 * - all retarget the number and conference lines to Baku, 2025 (agreement on both lines);
 * - recalling a): ACP and EUR replace "both phases" by "the two phases" (agreement), AFCP by
 *   "all phases" (conflict with both); IAP adds " and its review" before the end (independent);
 * - recalling g): RCC deletes it, IAP amends it (conflict);
 * - recalling: ACP and AFCP add the same item at the end (agreement on an inserted row);
 * - recognizing further: EUR inserts an item at its start (b) c) d) relabelled) while RCC amends
 *   the old b) (no conflict: a relabel is not a change of words);
 * - instructs the Director 1: EUR moves it to the end of its list (a move) while IAP amends
 *   its words (no conflict: the line keeps IAP's words wherever it stands);
 * - recognizing further c): AFCP changes its first words and IAP its last words (independent).
 */
export function resolution30Drafts(): { baseline: Resolution; drafts: DelegationDraft[] } {
  const baseline = corpus.resolution('30');
  const make = (): Resolution => {
    const d = copyOf(baseline);
    retarget(d);
    return d;
  };
  const apt = make();
  reword(apt, R30, 0, 'both phases', 'the two phases');
  insertItem(apt, R30, listUnder(apt, R30).items.length, SHARED_NEW_ITEM);
  const cept = make();
  reword(cept, R30, 0, 'both phases', 'the two phases');
  insertItem(cept, R30_FURTHER, 0, CEPT_NEW_ITEM);
  moveItem(cept, R30_INSTRUCTS, 0, listUnder(cept, R30_INSTRUCTS).items.length - 1);
  const atu = make();
  reword(atu, R30, 0, 'both phases', 'all phases');
  insertItem(atu, R30, listUnder(atu, R30).items.length, SHARED_NEW_ITEM);
  reword(atu, R30_FURTHER, 2, 'that ITU-D shall give', 'that ITU‑D should give');
  const citel = make();
  reword(citel, R30, 0, '(WSIS);', '(WSIS) and its review;');
  reword(citel, R30, 6, 'on the strategic plan', 'on the strategic and financial plans');
  reword(citel, R30_INSTRUCTS, 0, 'comprehensive summary', 'concise summary');
  const c = listUnder(citel, R30_FURTHER).items[2];
  c.text = c.text.replace(/\(WSIS Action Line C7\),$/, '(WSIS Action Lines C7 and C8),');
  const rcc = make();
  deleteItem(rcc, R30, 6);
  reword(rcc, R30_FURTHER, 1, 'the potential of ICTs', 'the potential of telecommunications/ICTs');
  return {
    baseline,
    drafts: [
      { name: 'ACP', source: 'Member States of the Asia-Pacific Telecommunity', prefix: 'ACP/12A1/', reasons: 'Align with the ACP common proposals.', draft: apt },
      { name: 'EUR', source: 'Member States of the European Conference of Postal and Telecommunications Administrations (CEPT)', prefix: 'EUR/14A2/', reasons: 'Recognize meaningful connectivity.', draft: cept },
      { name: 'AFCP', source: 'Member States of the African Telecommunications Union', prefix: 'AFCP/20A3/', reasons: 'All phases of WSIS.', draft: atu },
      { name: 'IAP', source: 'Member States of the Inter-American Telecommunication Commission (CITEL)', prefix: 'IAP/18A4/', reasons: 'Refer to the WSIS review.', draft: citel },
      { name: 'RCC', source: 'ITU Member States, members of the Regional Commonwealth in the field of Communications (RCC)', prefix: 'RCC/16A5/', reasons: 'Resolution 71 is superseded.', draft: rcc },
    ],
  };
}

export const R36_CONSIDERING = 'considering';
export const R36_RECOGNIZING = 'recognizing';

/**
 * Resolution 36 by three delegations:
 * - ACP: "key role" → "central role" in considering a), and recognizing d) amended;
 * - EUR: deletes recognizing d) (conflict with ACP), and inserts a new considering item g);
 * - RCC (a draft text, named by its file): "key role" → "central role" too (agreement with ACP),
 *   and edits the footnote (independent).
 */
export function resolution36Drafts(): { baseline: Resolution; drafts: DelegationDraft[] } {
  const baseline = corpus.resolution('36');
  const apt = copyOf(baseline);
  retarget(apt);
  reword(apt, R36_CONSIDERING, 0, 'the key role', 'the central role');
  reword(apt, R36_RECOGNIZING, 3, 'play an effective role', 'play an effective and growing role');
  const cept = copyOf(baseline);
  retarget(cept);
  deleteItem(cept, R36_RECOGNIZING, 3);
  insertItem(cept, R36_CONSIDERING, 6, 'the importance of artificial intelligence for sustainable development;');
  const rcc = copyOf(baseline);
  retarget(rcc);
  reword(rcc, R36_CONSIDERING, 0, 'the key role', 'the central role');
  rcc.footnotes[0].text = rcc.footnotes[0].text.replace('These include', 'These include in particular');
  return {
    baseline,
    drafts: [
      { name: 'ACP', source: 'Member States of the Asia-Pacific Telecommunity', prefix: 'ACP/12A1/', reasons: 'The central role of AFCP.', draft: apt },
      { name: 'EUR', source: 'Member States of the European Conference of Postal and Telecommunications Administrations (CEPT)', prefix: 'EUR/14A2/', reasons: 'Artificial intelligence.', draft: cept },
      { name: 'RCC', source: 'ITU Member States, members of the Regional Commonwealth in the field of Communications (RCC)', prefix: '', reasons: '', draft: rcc },
    ],
  };
}
