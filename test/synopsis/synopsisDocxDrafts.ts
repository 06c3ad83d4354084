/**
 * Three delegations' drafts of Resolution 34 (the longest bundled resolution, 108 lines), as a
 * coordinator receives them before WTDC: what the synoptic .docx must lay out compactly.
 * - all three retarget the number and conference lines to Baku, 2025 (agreement);
 * - ACP rewords recognizing c) and resolves 2, adds an item at the end of considering, and moves
 *   resolves 21 up to be the first item;
 * - EUR rewords recognizing c) differently (conflict with ACP), deletes noting further e) and
 *   adds two items to invites Member States;
 * - IAP rewords considering a) and resolves 2 as ACP does (agreement), and deletes recalling k).
 * Each keeps the end punctuation right (the last item of a preambular call ends with ","), so the
 * drafts pass `resdraft check` as a delegation's would.
 */
import { Corpus } from '../../main/services/corpus';
import type { Resolution } from '../../shared/model/resolution';
import { copyOf, deleteItem, insertItem, listUnder, moveItem, retarget, reword } from './delegationDrafts';
import type { DelegationDraft } from './scenario';

const RECOGNIZING = 'recognizing';
const CONSIDERING = 'considering';
const RECALLING = 'recalling';
const NOTING_FURTHER = 'noting further';
const RESOLVES = 'resolves to instruct the Director of the Telecommunication Development Bureau';
const INVITES = 'invites Member States';

/** Set the end punctuation of item `index` under `phrase` (the last item of a preambular call ends with ","). */
function endWith(res: Resolution, phrase: string, index: number, mark: ',' | ';'): void {
  const items = listUnder(res, phrase).items;
  const item = items[index < 0 ? items.length + index : index];
  item.text = item.text.replace(/[,;.]$/, mark);
}

/** Reasons of the length delegations write (a paragraph each); `long` repeats them to a page or two. */
function reasonsOf(text: string, long: boolean): string {
  return long ? Array.from({ length: 40 }, (_, i) => `${i + 1}. ${text}`).join(' ') : text;
}

/** The three drafts of Resolution 34; `longReasons` gives each source reasons of a page or two. */
export function resolution34Drafts(longReasons = false): { baseline: Resolution; drafts: DelegationDraft[] } {
  const baseline = new Corpus().resolution('34');
  const make = (): Resolution => {
    const d = copyOf(baseline);
    retarget(d);
    return d;
  };
  const apt = make();
  reword(apt, RECOGNIZING, 2, 'play a crucial role', 'play an essential role');
  reword(apt, RESOLVES, 1, 'to organize a forum', 'to organize, every two years, a forum');
  insertItem(apt, CONSIDERING, listUnder(apt, CONSIDERING).items.length, 'the lessons learned from the response to recent pandemics and their effect on telecommunication/ICT networks,');
  endWith(apt, CONSIDERING, -2, ';');
  moveItem(apt, RESOLVES, listUnder(apt, RESOLVES).items.length - 1, 0);
  const cept = make();
  reword(cept, RECOGNIZING, 2, 'play a crucial role', 'play a central and growing role');
  deleteItem(cept, NOTING_FURTHER, 4);
  endWith(cept, NOTING_FURTHER, -1, ',');
  const invites = listUnder(cept, INVITES).items.length;
  insertItem(cept, INVITES, invites, 'to share, on a voluntary basis, their national emergency telecommunication plans through the ITU-D online toolkit;');
  insertItem(cept, INVITES, invites + 1, 'to include persons with disabilities and specific needs in the testing of public warning systems;');
  const iap = make();
  reword(iap, CONSIDERING, 0, 'Intergovernmental Conference', 'intergovernmental Conference');
  reword(iap, RESOLVES, 1, 'to organize a forum', 'to organize, every two years, a forum');
  deleteItem(iap, RECALLING, 10);
  endWith(iap, RECALLING, -1, ',');
  return {
    baseline,
    drafts: [
      { name: 'ACP', source: 'Member States of the Asia-Pacific Telecommunity', prefix: 'ACP/32A1/', reasons: reasonsOf('Emergency telecommunications must reflect the lessons of recent disasters and pandemics in the Asia-Pacific region, where most of the world’s disaster-affected people live.', longReasons), draft: apt },
      { name: 'EUR', source: 'Member States of the European Conference of Postal and Telecommunications Administrations (CEPT)', prefix: 'EUR/35A2/', reasons: reasonsOf('European administrations propose to share national plans and to make public warning accessible to all, in line with the European Electronic Communications Code.', longReasons), draft: cept },
      { name: 'IAP', source: 'Member States of the Inter-American Telecommunication Commission (CITEL)', prefix: 'IAP/41A3/', reasons: reasonsOf('The Americas support a regular forum on emergency communications and an up-to-date list of the instruments recalled.', longReasons), draft: iap },
    ],
  };
}
