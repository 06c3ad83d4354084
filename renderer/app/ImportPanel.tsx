import { useState, type ReactNode } from 'react';
import type { Resolution } from '../../shared/model/resolution';
import { ResolutionParseError } from '../../shared/text/parseError';
import { fromImportedText, normalizeImportedText } from '../../shared/text/fromImportedText';
import { checkXmlCharacters } from '../../shared/text/xmlCharacters';
import { pasteAsLines } from '../compare/importText';
import { TextFileInput } from '../compare/TextFileInput';
import { Dialog } from './Dialog';
import { t } from './uiLanguage';

/** What an import produced: the text in the layout and its model. */
export interface ImportedDraft {
  text: string;
  resolution: Resolution;
}

interface Props {
  /** Create the draft; returns an error message when it cannot be created (e.g. a proposal exists). */
  onImport(draft: ImportedDraft): string | null;
  onClose(): void;
}

/** The lines around a parse error, numbered, so the user sees where the text went wrong. */
function excerpt(text: string, line: number): string {
  const lines = text.split('\n');
  const from = Math.max(1, line - 1);
  const to = Math.min(lines.length, line + 1);
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${n === line ? '→' : ' '} ${String(n).padStart(3)}  ${lines[n - 1].replace(/\t/g, ' ⇥ ')}`);
  return out.join('\n');
}

/**
 * Import a resolution text as a new draft: from a file in the resolution layout or from the
 * clipboard (HTML from Word or the web is turned into lines, formatting dropped). A text whose
 * number line names a bundled resolution becomes a proposal on it; any other, a draft new
 * resolution. A text that does not parse is refused with the line and what was expected.
 */
export function ImportPanel({ onImport, onClose }: Props): ReactNode {
  const [raw, setRaw] = useState('');
  const [error, setError] = useState<{ message: string; context?: string } | null>(null);
  const [notices, setNotices] = useState<string[]>([]);

  const submit = (text: string): void => {
    try {
      checkXmlCharacters(normalizeImportedText(text));
      const imported = fromImportedText(text);
      const problem = onImport(imported);
      setError(problem ? { message: problem } : null);
    } catch (e) {
      if (e instanceof ResolutionParseError) {
        // the line number counts the lines of the normalised text (blank lines dropped): show them
        setError({ message: t('import.notResolution', { reason: e.message }), context: excerpt(normalizeImportedText(text), e.line) });
      } else setError({ message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Dialog title={t('import.title')} onClose={onClose} testId="import-panel" className="import-panel">
      <p className="hint">{t('import.hint')}</p>
      <label className="import-file">
        {t('import.file')}{' '}
        <TextFileInput
          label={t('import.fileLabel')}
          onRead={(read) => {
            setNotices(read.ok ? read.notices : []);
            if (!read.ok) return setError({ message: read.error });
            setRaw(read.text);
            if (!read.decoded) submit(read.text); // a decoded encoding is shown first, to be checked
          }}
        />
      </label>
      <textarea
        aria-label={t('import.text')}
        data-testid="import-text"
        rows={14}
        value={raw}
        onPaste={(e) => pasteAsLines(e, setRaw)}
        onChange={(e) => setRaw(e.target.value)}
        placeholder={'RESOLUTION 34 (Rev. Kigali, 2022)\nTitle\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\na)\t…'}
      />
      {notices.length > 0 && (
        <div className="notice" role="status" data-testid="import-notice">
          {notices.map((n) => <p key={n}>{n}</p>)}
        </div>
      )}
      {error && (
        <div className="error" role="alert" data-testid="import-error">
          {error.message}
          {error.context && <pre className="raw-draft">{error.context}</pre>}
        </div>
      )}
      <div className="import-actions">
        <button type="button" className="btn btn-primary" disabled={!raw.trim()} onClick={() => submit(raw)}>
          {t('import.submit')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
