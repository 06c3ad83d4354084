import type { Extensions } from '@tiptap/react';
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
import { CommandShortcuts } from './commandShortcuts';
import { DirectTyping } from './directTyping';
import { History } from './history';
import { LayoutChecks } from './layoutChecks';
import { ResolutionKeyboard } from './keyboard';
import { PlainPaste } from './plainPaste';
import { RevisionMarks } from './revisionMarks';
import { StructureGuard } from './structureGuard';
import type { MarkMode } from './revisionDecorations';
import { ColleagueBefore } from '../review/colleagueBefore';

/** The schema nodes alone (for conversions and tests without a view). */
export const RESOLUTION_NODES: Extensions = [ResolutionDocument, NumberLine, Title, ConferenceLine, Call, Paragraph, Item, FootnoteRef, Footnote, Text, ColleagueBefore];

/** Everything the resolution editor needs. */
export function resolutionExtensions(baseline: Resolution | null, mode: MarkMode = 'marked'): Extensions {
  return [
    ...RESOLUTION_NODES,
    History,
    ResolutionKeyboard,
    CommandShortcuts,
    DirectTyping,
    PlainPaste,
    StructureGuard,
    LayoutChecks,
    RevisionMarks.configure({ baseline, mode }),
  ];
}
