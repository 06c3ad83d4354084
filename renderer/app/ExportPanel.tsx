import { useEffect, useState, type ReactNode } from 'react';
import type { ContributionContent } from '../../shared/contribution/schema';
import type { ExportFormat, FilePlan, HostApi } from '../../shared/host/hostApi';
import type { ContributionStore } from '../store/contributionStore';
import { Dialog, DialogEnd } from './Dialog';
import { PrintPreview } from './PrintPreview';
import { FindingList } from './FindingList';
import { useChecks } from './useChecks';
import '../styles/export.css';
import { t } from './uiLanguage';
import type { MessageId } from '../../shared/i18n/catalogs/en';
import { msg } from '../../shared/i18n/translate';

interface Props {
  store: ContributionStore;
  host: HostApi;
  onClose(): void;
  /** Opens the checks panel (to fix what the checks found before exporting). */
  onShowChecks(): void;
}

interface Choice {
  format: ExportFormat;
  mode: 'marked' | 'clean';
  label: MessageId;
}

const STRINGS = {
  found: (errors: number, warnings: number): string => t('export.found', { errors, warnings }),
  get fixFirst() {
    return t('export.fixFirst');
  },
};

const CHOICES: Choice[] = [
  { format: 'docx', mode: 'marked', label: msg('export.docxMarked') },
  { format: 'docx', mode: 'clean', label: msg('export.docxClean') },
  { format: 'html', mode: 'marked', label: msg('export.html') },
  { format: 'pdf', mode: 'marked', label: msg('export.pdf') },
];

/**
 * Export the contribution: the .docx with real Word revision marks (or clean), the HTML preview,
 * a PDF where the host can print one, and a print preview that the browser prints to PDF. Where the
 * file goes is the host's answer: its own dialog, or a name the page asks for.
 */
export function ExportPanel({ store, host, onClose, onShowChecks }: Props): ReactNode {
  const [plan, setPlan] = useState<FilePlan | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ContributionContent | null>(null);
  const [checked] = useState(() => store.getState().content);
  const { findings } = useChecks(store, checked);
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;

  useEffect(() => {
    const id = store.docId;
    if (id) host.planFile('export', id).then(setPlan, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [store, host]);

  /** A name given for an export whose file exists: replaced only once the user says so. */
  const [replacing, setReplacing] = useState<{ choice: Choice; name: string } | null>(null);

  const run = async (choice: Choice, overwrite = false): Promise<void> => {
    const id = store.docId;
    if (!id || !plan) return;
    setBusy(true);
    setResult(null);
    setError(null);
    setReplacing(null);
    try {
      await store.flush();
      // no name: the host's own dialog, or a name no file has
      const given = name.trim();
      if (given && !overwrite) {
        const checked = await host.checkSaveName(given, choice.format);
        if (checked.exists) return setReplacing({ choice, name: checked.name });
      }
      const target = given ? { path: given, ...(overwrite ? { overwrite: true } : {}) } : undefined;
      const written = await host.exportContribution(id, { format: choice.format, mode: choice.mode, target });
      if (written) setResult(t('export.done', { name: written.name, kb: Math.max(1, Math.round(written.bytes / 1024)), path: written.path }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  // the preview replaces the dialog while it is open (a modal dialog would make it inert)
  if (preview) return <PrintPreview store={store} content={preview} onClose={() => setPreview(null)} />;
  const formats = plan?.formats ?? [];
  return (
    <Dialog title={t('export.title')} onClose={onClose} testId="export-panel" className="export-panel">
      {findings && findings.length > 0 && (
        <section className={errors ? 'export-checks has-errors' : 'export-checks'} data-testid="export-checks" aria-label={t('command.checks')}>
          <p>
            <strong>{STRINGS.found(errors, findings.length - errors)}</strong> {STRINGS.fixFirst}
          </p>
          <FindingList findings={findings} limit={5} onJump={() => onShowChecks()} />
          <button type="button" className="btn" onClick={onShowChecks}>
            {t('export.fix')}
          </button>
        </section>
      )}
      {findings && findings.length === 0 && (
        <p className="notice" data-testid="export-checks-ok">
          {t('export.ok')}
        </p>
      )}
      <label className="export-name">
        {plan && !plan.pageAsks ? t('export.fileNameDialog') : t('export.fileNameFolder')}
        <input data-testid="export-name" translate="no" value={name} placeholder={plan?.suggested ?? 'contribution'} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="export-buttons">
        {CHOICES.filter((c) => formats.includes(c.format)).map((c) => (
          <button key={`${c.format}-${c.mode}`} type="button" className="btn" disabled={busy || !plan} onClick={() => void run(c)}>
            {t(c.label)}
          </button>
        ))}
        <button type="button" className="btn" disabled={busy} onClick={() => void store.flush().then(() => setPreview(store.getState().content))}>
          {formats.includes('pdf') ? t('export.printPreview') : t('export.printToPdf')}
        </button>
      </div>
      {replacing && (
        <div className="export-replace" data-testid="export-replace">
          <p role="alert">{t('export.exists', { name: replacing.name })}</p>
          <div className="dialog-buttons">
            <button type="button" className="btn" onClick={() => void run(replacing.choice, true)}>
              {t('common.replace')}
            </button>
            <button type="button" className="btn" onClick={() => setReplacing(null)}>
              {t('export.keep')}
            </button>
          </div>
        </div>
      )}
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
      <DialogEnd label={t('common.close')} onClick={onClose} />
    </Dialog>
  );
}
