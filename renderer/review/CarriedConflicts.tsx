import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import type { CarriedConflict } from '../../shared/contribution/carriedSchema';
import type { ChangeRow, ChangeSet } from '../../shared/engine/changeSet';
import type { Proposal } from '../../shared/contribution/schema';
import { carriedFrom, editionName, undoCarry } from '../app/carryOnto';
import type { ContributionStore } from '../store/contributionStore';
import { useStore } from '../store/useStore';
import { diffWords } from '../../shared/engine/wordDiff';
import { MarkedSpans, PlainText } from '../compare/MarkedText';
import { placeOfLine } from './lineNames';
import { t } from '../app/uiLanguage';

const STRINGS = {
  intro: (from: string, to: string): string => t('conflicts.intro', { from, to }),
  get none() {
    return t('conflicts.none');
  },
  left: (count: number): string => t('conflicts.left', { count }),
  edition: (to: string, from: string): string => t('conflicts.edition', { to, from }),
  yours: (from: string): string => t('conflicts.yours', { from }),
  get deleted() {
    return t('conflicts.deleted');
  },
  get keep() {
    return t('conflicts.keep');
  },
  get take() {
    return t('conflicts.take');
  },
  get edit() {
    return t('conflicts.edit');
  },
  keepLabel: (where: string): string => t('conflicts.keepLabel', { where }),
  takeLabel: (where: string): string => t('conflicts.takeLabel', { where }),
  editLabel: (where: string): string => t('conflicts.editLabel', { where }),
  undo: (to: string): string => t('conflicts.undo', { to }),
  get undoHint() {
    return t('conflicts.undoHint');
  },
};

/** The row of the outcome a conflict stands on now (the draft may have been edited since), nearest the line it was carried to. */
function rowOf(c: CarriedConflict, rows: readonly ChangeRow[]): number | undefined {
  const first = (t: string | null): string | null => (t === null ? null : t.split('\n')[0]);
  const mine = first(c.delegate);
  const theirs = first(c.edition);
  let best: number | undefined;
  let distance = Infinity;
  rows.forEach((r, i) => {
    const hit = mine === null ? r.status === 'deleted' && r.base?.text === theirs : r.draft?.text === mine && r.status !== 'unchanged';
    if (!hit) return;
    const at = r.draft?.line ?? r.base?.line ?? 0;
    if (Math.abs(at - c.line) < distance) {
      distance = Math.abs(at - c.line);
      best = i;
    }
  });
  return best;
}

/** The draft line a row stands on, or the one after a deleted line. */
function lineOf(rows: readonly ChangeRow[], i: number | undefined, fallback: number): number {
  if (i === undefined) return fallback;
  for (let k = i; k < rows.length; k++) if (rows[k].draft) return rows[k].draft!.line;
  return fallback;
}

/** A text with its changes against the old one marked (the engine's word diff), as the review shows a colleague's. */
function Against({ old, text }: { old: string | null; text: string }): ReactNode {
  return old === null ? <PlainText text={text} /> : <MarkedSpans spans={diffWords(old, text)} />;
}

interface Props {
  editor: Editor;
  store: ContributionStore;
  proposalId: string;
}

/**
 * The conflicts a carrying onto a newer edition left, reviewed the way a colleague's changes are:
 * each with the old text, the edition's and the delegate's; Keep mine (the default, already in the
 * draft), Take the edition's (the line gets the edition's text back: the engine's reject of that
 * row, one undo step), or Edit the line. The conflicts are kept in the proposal until decided.
 */
export function CarriedConflicts({ editor, store, proposalId }: Props): ReactNode {
  const carried = useStore(store, (_s, st) => st.proposal(proposalId)?.carried);
  const baseline = useStore(store, (_s, st) => st.proposal(proposalId)?.baseline);
  const changes = useStore(store, (_s, st) => st.outcomeOf(proposalId)?.changes ?? null);
  const editions = useStore(store, (s) => s.editions);
  const name = (id: string | undefined): string => {
    const e = editions.find((x) => x.id === id);
    return e ? editionName(e) : (id ?? '');
  };
  const from = name(carried?.from.edition);
  const to = name(baseline?.edition);
  const conflicts = carried?.conflicts ?? [];
  const resolve = (index: number): void => {
    const p = store.proposal(proposalId);
    if (!p?.carried) return;
    const rest = p.carried.conflicts.filter((_c, k) => k !== index);
    const next: Proposal = { ...p };
    if (rest.length) next.carried = { ...p.carried, conflicts: rest };
    else delete next.carried;
    store.apply({ type: 'proposal', proposal: next });
  };
  const take = (c: CarriedConflict, index: number, set: ChangeSet): void => {
    const i = rowOf(c, set.rows);
    if (i !== undefined) editor.commands.rejectChanges(set, [{ first: i, rows: [i] }]);
    resolve(index);
  };
  const edit = (c: CarriedConflict, set: ChangeSet | null): void => {
    const line = set ? lineOf(set.rows, rowOf(c, set.rows), c.line) : c.line;
    editor.chain().focus().goToLine(line).run();
  };
  const undoable = carriedFrom(proposalId) !== undefined;
  return (
    <section className="carried-conflicts" data-testid="carried-conflicts" aria-label={STRINGS.left(conflicts.length)}>
      <p className="hint">{STRINGS.intro(from, to)}</p>
      <p role="status" className="pane-status" data-testid="carried-status">
        {conflicts.length === 0 ? STRINGS.none : STRINGS.left(conflicts.length)}
      </p>
      {conflicts.map((c, k) => {
        const where = placeOfLine(c.kind, c.label, c.call);
        return (
          <article key={`${c.line}-${k}`} className="conflict-card" data-testid="carried-conflict">
            <h3>{where}</h3>
            <dl>
              <dt>{STRINGS.edition(to, from)}</dt>
              <dd data-side="edition">{c.edition === null ? STRINGS.deleted : <Against old={c.old} text={c.edition} />}</dd>
              <dt>{STRINGS.yours(from)}</dt>
              <dd data-side="delegate">{c.delegate === null ? STRINGS.deleted : <Against old={c.old} text={c.delegate} />}</dd>
            </dl>
            <div className="pane-actions">
              <button type="button" className="btn" aria-label={STRINGS.keepLabel(where)} onClick={() => resolve(k)}>
                {STRINGS.keep}
              </button>
              <button type="button" className="btn" aria-label={STRINGS.takeLabel(where)} disabled={!changes} onClick={() => changes && take(c, k, changes)}>
                {STRINGS.take}
              </button>
              <button type="button" className="btn btn-link" aria-label={STRINGS.editLabel(where)} onClick={() => edit(c, changes)}>
                {STRINGS.edit}
              </button>
            </div>
          </article>
        );
      })}
      {undoable && (
        <section>
          <button type="button" className="btn" onClick={() => undoCarry(store, proposalId)}>
            {STRINGS.undo(to)}
          </button>
          <p className="hint">{STRINGS.undoHint}</p>
        </section>
      )}
    </section>
  );
}
