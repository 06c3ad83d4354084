import { isLabelOfKind, kindOfLabel, kindStartingWith, labelFor, listLabels, nextLabels, readLabel } from '../grammar/labels';
import type { Call, Item, List, ListKind } from '../model/resolution';

interface Open {
  list: List;
  /** The source's list level for numbered items (Word's `w:ilvl`); typed items have none. */
  level?: number;
}

/** A label that its position reads otherwise: what the source shows, and what the model reads. */
export interface LabelNotice {
  /** The label the source shows (`q)`, or Word's `bb)`). */
  label: string;
  /** The label the item's position gives (`p)`, `ab)`). */
  read: string;
  /** The label before it in its list (none for the first item of a list). */
  after?: string;
  /** The list the item was placed in. */
  list: List;
}

/**
 * Where a label came from: typed in the text, or shown by the source's list numbering at a list
 * level, with the list kind its number format gives (lower-case roman `i)` is not the letter i).
 */
export type LabelSource = { typed: true } | { typed: false; level: number; kind?: ListKind };

/**
 * Places the items of one call into lists and sub-lists. Labels are data computed from position
 * (the model stores none): a source's label only says which list an item continues or opens. A
 * typed label continues the open list whose next label it is, or opens a sub-list with a first
 * label (`a)`, `1`, `1)`, `i)`, `–`), as the layout parser reads it; a numbered item follows its
 * list level. A label that fits neither is still read, in the deepest open list of its kind,
 * and {@link place} returns a notice saying which label its position gives it.
 */
export class ListPlacer {
  private stack: Open[] = [];

  constructor(private readonly call: Call) {}

  /** A paragraph or call ends the lists. */
  closeAll(): void {
    this.stack = [];
  }

  /**
   * Place `item`, labelled `label` in the source (as any text writes it: `а)` is `a)`, `b bis)` is
   * `bbis)`); returns a notice when the position gives it another label.
   */
  place(label: string, item: Item, source: LabelSource): LabelNotice | undefined {
    const written = readLabel(label)?.label ?? label;
    return source.typed ? this.placeTyped(written, item) : this.placeNumbered(written, item, source.level, source.kind ?? kindOf(written));
  }

  private placeTyped(label: string, item: Item): LabelNotice | undefined {
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const next = nextLabels(this.stack[depth].list);
      if (next.label === label) return this.append(depth, item, label);
      if (next.bis === label) return this.append(depth, { ...item, bis: true }, label);
    }
    const kind = kindStartingWith(label);
    if (kind) return this.open(kind, this.stack.length, item, label, undefined);
    const plain = readLabel(label)?.bis?.after ?? label;
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      if (isLabelOfKind(plain, this.stack[depth].list.kind)) return this.append(depth, item, label);
    }
    return this.open(kindOf(label), this.stack.length, item, label, undefined);
  }

  private placeNumbered(label: string, item: Item, level: number, kind: ListKind): LabelNotice | undefined {
    let depth = -1;
    for (let d = this.stack.length - 1; d >= 0; d--) {
      if ((this.stack[d].level ?? d) <= level) {
        depth = d;
        break;
      }
    }
    if (depth < 0) return this.open(kind, 0, item, label, level);
    const at = this.stack[depth];
    if ((at.level ?? depth) < level) return this.open(kind, depth + 1, item, label, level);
    if (at.list.kind === kind || depth > 0) return this.append(depth, item, label);
    return this.open(kind, 0, item, label, level);
  }

  private append(depth: number, item: Item, label: string): LabelNotice | undefined {
    const { list } = this.stack[depth];
    list.items.push(item);
    const labels = listLabels(list);
    const read = labels[labels.length - 1];
    const after = labels.length > 1 ? labels[labels.length - 2] : undefined;
    this.stack = this.stack.slice(0, depth + 1);
    if (read === label) return undefined;
    return after === undefined ? { label, read, list } : { label, read, after, list };
  }

  private open(kind: ListKind, depth: number, item: Item, label: string, level: number | undefined): LabelNotice | undefined {
    const list: List = { type: 'list', kind, items: [item] };
    const entry: Open = level === undefined ? { list } : { list, level };
    if (depth > 0) {
      const parent = this.stack[depth - 1].list;
      const parentItem = parent.items[parent.items.length - 1];
      if (parentItem.sublist) {
        // the item above already has a sub-list: this item continues it
        this.stack = [...this.stack.slice(0, depth), { list: parentItem.sublist }];
        return this.append(depth, item, label);
      }
      parentItem.sublist = list;
      this.stack = [...this.stack.slice(0, depth), entry];
    } else {
      this.call.blocks.push(list);
      this.stack = [entry];
    }
    const first = labelFor(kind, 0);
    return first === label ? undefined : { label, read: first, list };
  }
}

/**
 * One sentence for a run of label notices (consecutive items of one list, each after the last):
 * `label "q)" follows "o)"; it is read as "p)", …`, or for a run `labels "e)" to "ag)" (27
 * items) follow "b)"; they are read as "c)" to "ad)", …` (`open a list` when the run starts it).
 */
export function labelNoticeText(run: readonly LabelNotice[]): string {
  const [first] = run;
  const last = run[run.length - 1];
  if (run.length > 1) {
    const where = first.after === undefined ? 'open a list' : `follow "${first.after}"`;
    return `labels "${first.label}" to "${last.label}" (${run.length} items) ${where}; they are read as "${first.read}" to "${last.read}", the labels of their positions`;
  }
  if (first.after === undefined) return `label "${first.label}" opens a list; it is read as "${first.read}", the label of its position`;
  return `label "${first.label}" follows "${first.after}"; it is read as "${first.read}", the label of its position`;
}

/** The list kind a typed label belongs to (`i)` is a letter, `iv)` roman; alpha when it is none). */
function kindOf(label: string): ListKind {
  return kindOfLabel(label) ?? 'alpha';
}
