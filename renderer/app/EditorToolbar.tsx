import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { command, keyHint, type EditorCommandId } from '../../shared/commands/commandTable';
import { STANDARD_CALL_PHRASES } from '../../shared/grammar/callPhrase';

const FREE_TEXT = '__free__';

/** A toolbar button of an editor command: its text and key from the command table, its action the editor's command. */
function CommandButton({ id, disabled, run }: { id: EditorCommandId; disabled?: boolean; run(): void }): ReactNode {
  const c = command(id);
  return (
    <button type="button" disabled={disabled} onMouseDown={(e) => e.preventDefault()} onClick={run} title={keyHint(id)}>
      {c.button ?? c.label}
    </button>
  );
}

/** Commands on the draft: insert a call or a footnote, undo and redo (the editor's own commands). */
export function EditorToolbar({ editor }: { editor: Editor | null }): ReactNode {
  const [phrase, setPhrase] = useState(STANDARD_CALL_PHRASES[0]);
  const [free, setFree] = useState('');
  const chosen = phrase === FREE_TEXT ? free : phrase;
  return (
    <div className="toolbar" role="toolbar" aria-label="Edit">
      <label>
        Call{' '}
        <select aria-label="Call phrase" value={phrase} onChange={(e) => setPhrase(e.target.value)}>
          {STANDARD_CALL_PHRASES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <option value={FREE_TEXT}>other (free text)…</option>
        </select>
      </label>
      {phrase === FREE_TEXT && <input aria-label="Call phrase text" placeholder="e.g. requests the Council" value={free} onChange={(e) => setFree(e.target.value)} />}
      <CommandButton id="insertCall" disabled={!chosen.trim()} run={() => editor?.chain().focus().insertCall(chosen).run()} />
      <CommandButton id="insertFootnote" run={() => editor?.chain().focus().insertFootnote().run()} />
      <CommandButton id="undo" run={() => editor?.chain().focus().undo().run()} />
      <CommandButton id="redo" run={() => editor?.chain().focus().redo().run()} />
    </div>
  );
}
