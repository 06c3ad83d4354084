import type { Extensions } from '@tiptap/react';
import { UndoRedo } from '@tiptap/extensions';
import type { Resolution } from '../../shared/model/resolution';
import { Call } from './nodes/call';
import { ConferenceLine } from './nodes/conferenceLine';
import { ResolutionDocument } from './nodes/document';
import { Footnote } from './nodes/footnote';
import { FootnoteRef } from './nodes/footnoteRef';
import { Item } from './nodes/item';
import { NumberLine } from './nodes/numberLine';
import { Paragraph } from './nodes/paragraph';
import { Text } from './nodes/text';
import { Title } from './nodes/title';
import { keymapOf } from './commandKeys';
import { DirectTyping } from './directTyping';
import { ItemMoves } from './moveItems';
import { LayoutChecks } from './layoutChecks';
import { ResolutionKeyboard } from './keyboard';
import { LineEnds } from './lineEnds';
import { PlainPaste } from './plainPaste';
import { RevisionMarks, type ChangesOf } from './revisionMarks';
import { StructureGuard } from './structureGuard';
import type { MarkMode } from './revisionDecorations';
import { ColleagueBefore } from '../review/colleagueBefore';
import { ChangeReview } from '../review/rejectChanges';
import { FindReplaceCommands } from '../review/findMatches';
import type { CoDraftingSession } from '../collab/coDraftingSession';
import { sharedDocument } from '../collab/sharedDocument';

/** The schema nodes alone (for conversions and tests without a view). */
export const RESOLUTION_NODES: Extensions = [ResolutionDocument, NumberLine, Title, ConferenceLine, Call, Paragraph, Item, FootnoteRef, Footnote, Text, ColleagueBefore];

/**
 * Undo and redo across every edit, the structure guard's fixes grouped with the edit: TipTap's own
 * extension (its `undo` and `redo` commands), its keys from the command table.
 */
const History = UndoRedo.extend({
  addKeyboardShortcuts() {
    const editor = this.editor;
    return keymapOf({ undo: () => editor.commands.undo(), redo: () => editor.commands.redo() });
  },
}).configure({ depth: 500, newGroupDelay: 500 });

/** What the resolution editor is opened with. */
export interface ResolutionEditorOptions {
  /** The adopted text the draft is marked against; null for a draft new resolution. */
  baseline: Resolution | null;
  mode?: MarkMode;
  /** Where the marks' change set comes from (the window's store); by default the engine's compare. */
  changesOf?: ChangesOf;
  /** The draft lines the delegate moved before the editor opened. */
  moved?: readonly number[];
  /** A shared proposal's live session: the editor is bound to its document, with the participants' carets and per-participant undo. */
  shared?: CoDraftingSession;
}

/** Everything the resolution editor needs. */
export function resolutionExtensions({ baseline, mode = 'marked', changesOf, moved = [], shared }: ResolutionEditorOptions): Extensions {
  return [
    ...RESOLUTION_NODES,
    ...(shared ? sharedDocument(shared) : [History]),
    ResolutionKeyboard,
    LineEnds,
    ItemMoves,
    DirectTyping,
    PlainPaste,
    StructureGuard,
    LayoutChecks,
    ChangeReview,
    FindReplaceCommands,
    RevisionMarks.configure({ baseline, mode, changesOf: changesOf ?? null, moved }),
  ];
}
