import { useEffect, useState, type ReactNode } from 'react';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { ExportFormat, HostApi } from '../../shared/host/hostApi';
import { Dialog } from './Dialog';
import { PrintPreview } from './PrintPreview';
import { FindingList } from './FindingList';
import { useChecks } from './useChecks';
import '../styles/export.css';

interface Props {
  host: HostApi;
  docId: string;
  /** Saves pending edits first, so the export holds the latest text. */
  flush(): Promise<void>;
  content(): ContributionContent;
  onClose(): void;
  /** Opens the checks panel (to fix what the checks found before exporting). */
  onShowChecks(): void;
}

interface Choice {
  format: ExportFormat;
  mode: 'marked' | 'clean';
  label: string;
}

const CHOICES: Choice[] = [
  { format: 'docx', mode: 'marked', label: 'Word (.docx) with revision marks' },
  { format: 'docx', mode: 'clean', label: 'Word (.docx), clean text' },
  { format: 'html', mode: 'marked', label: 'HTML preview' },
  { format: 'pdf', mode: 'marked', label: 'PDF' },
];

/**
 * Export the contribution: the .docx with real Word revision marks (or clean), the HTML preview,
 * a PDF (desktop: Electron's printToPDF), and a print preview that the browser prints to PDF.
 */
export function ExportPanel({ host, docId, flush, content, onClose, onShowChecks }: Props): ReactNode {
  const [desktop, setDesktop] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ContributionContent | null>(null);
  const [checked] = useState(content);
  const { findings } = useChecks(host, checked);
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;

  useEffect(() => {
    void host.getAppInfo().then((info) => setDesktop(info.host === 'electron'), () => undefined);
  }, [host]);

  const run = async (choice: Choice): Promise<void> => {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      await flush();
      const stem = name.trim() || (choice.mode === 'clean' ? 'contribution-clean' : 'contribution');
      const target = desktop && !name.trim() ? undefined : { path: stem };
      const written = await host.exportContribution(docId, { format: choice.format, mode: choice.mode, target });
      if (written) setResult(`Exported ${written.name} (${Math.max(1, Math.round(written.bytes / 1024))} KB) to ${written.path}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  // the preview replaces the dialog while it is open (a modal dialog would make it inert)
  if (preview) return <PrintPreview host={host} content={preview} onClose={() => setPreview(null)} />;
  return (
    <Dialog title="Export the contribution" onClose={onClose} testId="export-panel" className="export-panel">
      {findings && findings.length > 0 && (
        <section className={errors ? 'export-checks has-errors' : 'export-checks'} data-testid="export-checks" aria-label="Checks before sending">
          <p>
            <strong>
              The checks found {errors} {errors === 1 ? 'error' : 'errors'} and {findings.length - errors} {findings.length - errors === 1 ? 'warning' : 'warnings'}.
            </strong>{' '}
            Fix them first, or export as it is.
          </p>
          <FindingList findings={findings} limit={5} onJump={() => onShowChecks()} />
          <button type="button" className="btn" onClick={onShowChecks}>
            Fix: show the checks
          </button>
        </section>
      )}
      {findings && findings.length === 0 && (
        <p className="notice" data-testid="export-checks-ok">
          The checks found no problem.
        </p>
      )}
      <label className="export-name">
        File name{desktop ? ' (leave empty to choose with a dialog)' : ' (saved in the data folder)'}
        <input data-testid="export-name" value={name} placeholder="contribution" onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="export-buttons">
        {CHOICES.filter((c) => desktop || c.format !== 'pdf').map((c) => (
          <button key={`${c.format}-${c.mode}`} type="button" className="btn" disabled={busy} onClick={() => void run(c)}>
            {c.label}
          </button>
        ))}
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() =>
            void flush().then(() => {
              setPreview(content());
            })
          }
        >
          Print preview{desktop ? '' : ' (print to PDF)'}
        </button>
      </div>
      {result && (
        <p className="notice" role="status" data-testid="export-result">
          {result}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="export-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
