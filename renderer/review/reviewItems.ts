import { changeUnits, type ChangeUnit } from '../../shared/engine/changeCount';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';
import { footnoteRefNumber } from '../../shared/grammar/footnoteRef';
import { LINE_NAMES } from './lineNames';
import { t } from '../app/uiLanguage';

/** The groups of lines that are no call: the head lines, the calls themselves, the footnotes. */
export const GROUP_NAMES = {
  get head() {
    return t('reviewGroup.head');
  },
  get calls() {
    return t('reviewGroup.calls');
  },
  get footnotes() {
    return t('reviewGroup.footnotes');
  },
};

/** What happened to a line, each a whole phrase: an item's (with the sub-items that went with it), any other line's. */
const WHAT = {
  item: {
    get moved() {
      return t('what.item.moved');
    },
    get inserted() {
      return t('what.item.inserted');
    },
    get deleted() {
      return t('what.item.deleted');
    },
    insertedWith: (count: number): string => t('what.item.insertedWith', { count }),
    deletedWith: (count: number): string => t('what.item.deletedWith', { count }),
    get nested() {
      return t('what.item.nested');
    },
    get changed() {
      return t('what.item.changed');
    },
  },
  line: {
    get moved() {
      return t('what.line.moved');
    },
    get inserted() {
      return t('what.line.inserted');
    },
    get deleted() {
      return t('what.line.deleted');
    },
    insertedWith: (count: number): string => t('what.line.insertedWith', { count }),
    deletedWith: (count: number): string => t('what.line.deletedWith', { count }),
    get nested() {
      return t('what.line.nested');
    },
    get changed() {
      return t('what.line.changed');
    },
  },
};

/** One change as the review lists it. */
export interface ReviewItem {
  unit: ChangeUnit;
  /** Stable while the change itself is unchanged (line numbers left out): what "accepted" remembers. */
  key: string;
  /** The call it is in, as the text shows it (`considering`), or `Head lines`, `Calls`, `Footnotes`. */
  group: string;
  /** The line as the text names it: its label (`b)`), `Number line`, `Footnote 2`, the call's phrase. */
  where: string;
  /** What happened to it, e.g. `inserted`, `changed`, `deleted with 2 sub-items`. */
  what: string;
  /** A short excerpt of the marked words. */
  excerpt: string;
}

function side(row: ChangeRow): ChangeRow['draft'] {
  return row.draft ?? row.base;
}

function describe(rows: ChangeRow[]): { what: string; excerpt: string } {
  const row = rows[0];
  const words = row.kind === 'item' ? WHAT.item : WHAT.line;
  const subs = rows.length - 1;
  const marked = row.spans.filter((s) => s.op !== 'equal');
  const excerpt = (marked.length ? marked.map((s) => (s.op === 'insert' ? `+${s.text.trim()}` : `−${s.text.trim()}`)).join(' ') : (side(row)?.text ?? '')).slice(0, 90);
  if (row.move) return { what: words.moved, excerpt: (side(row)?.text ?? '').slice(0, 90) };
  if (row.status === 'inserted') return { what: subs > 0 ? words.insertedWith(subs) : words.inserted, excerpt };
  if (row.status === 'deleted') return { what: subs > 0 ? words.deletedWith(subs) : words.deleted, excerpt };
  if (row.base && row.draft && row.base.depth !== row.draft.depth) return { what: words.nested, excerpt };
  return { what: words.changed, excerpt };
}

/** The line as the text names it. */
function whereOf(row: ChangeRow): string {
  const label = row.draft?.label ?? row.base?.label;
  if (row.kind === 'call') return side(row)?.text || LINE_NAMES.call;
  if (row.kind === 'footnote' && label) return t('line.footnoteN', { n: footnoteRefNumber(label) ?? label });
  return label ?? LINE_NAMES[row.kind];
}

/** The engine's changes (counted as the change counter counts them) with their call and a description, in the reader's words. */
export function reviewItems(changes: ChangeSet | null): ReviewItem[] {
  if (!changes) return [];
  const groups: string[] = [];
  let group: string = GROUP_NAMES.head;
  for (const row of changes.rows) {
    if (row.kind === 'call') group = side(row)?.text || LINE_NAMES.call;
    else if (row.kind === 'footnote') group = GROUP_NAMES.footnotes;
    groups.push(group);
  }
  return changeUnits(changes.rows).map((unit) => {
    const rows = unit.rows.map((i) => changes.rows[i]);
    const first = rows[0];
    const { what, excerpt } = describe(first.move ? [first] : rows);
    const key = JSON.stringify(rows.map((r) => [r.kind, r.status, r.base?.text, r.draft?.text, r.base?.label, r.draft?.label, r.base?.depth, r.draft?.depth]));
    return { unit, key, group: first.kind === 'call' ? GROUP_NAMES.calls : groups[unit.first], where: whereOf(first), what, excerpt };
  });
}
