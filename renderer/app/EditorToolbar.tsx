import { useState, type ReactNode, type RefObject } from 'react';
import type { EditorControls } from '../editor/ResolutionEditor';
import { STANDARD_CALL_PHRASES as STANDARD_CALLS } from '../../shared/grammar/callPhrase';

const FREE_TEXT = '__free__';

/** Commands on the draft: insert a call or a footnote, undo and redo. */
export function EditorToolbar({ controls }: { controls: RefObject<EditorControls | null> }): ReactNode {
  const [phrase, setPhrase] = useState(STANDARD_CALLS[0]);
  const [free, setFree] = useState('');
  const chosen = phrase === FREE_TEXT ? free : phrase;
  return (
    <div className="toolbar" role="toolbar" aria-label="Edit">
      <label>
        Call{' '}
        <select aria-label="Call phrase" value={phrase} onChange={(e) => setPhrase(e.target.value)}>
          {STANDARD_CALLS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <option value={FREE_TEXT}>other (free text)…</option>
        </select>
      </label>
      {phrase === FREE_TEXT && (
        <input aria-label="Call phrase text" placeholder="e.g. requests the Council" value={free} onChange={(e) => setFree(e.target.value)} />
      )}
      <button type="button" disabled={!chosen.trim()} onMouseDown={(e) => e.preventDefault()} onClick={() => controls.current?.insertCall(chosen)}>
        Insert call
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => controls.current?.insertFootnote()} title="Ctrl+Alt+F">
        Insert footnote
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => controls.current?.undo()} title="Ctrl+Z">
        Undo
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => controls.current?.redo()} title="Ctrl+Shift+Z">
        Redo
      </button>
    </div>
  );
}
