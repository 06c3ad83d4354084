import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { ContributionContent } from '../../shared/contribution/schema';
import { exportContribution } from '../../shared/export/fromContribution';
import { previewParts, type PreviewParts } from '../../shared/export/toPreviewHtml';
import type { Resolution } from '../../shared/model/resolution';
import { baselineKey } from '../store/adoptedTexts';
import type { ContributionStore } from '../store/contributionStore';
import { t } from './uiLanguage';

interface Props {
  store: ContributionStore;
  content: ContributionContent;
  onClose(): void;
}

/** The export's own stylesheet, adopted by the page (constructed sheets pass the strict CSP). */
function adoptStyles(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css.replace(/(^|\})\s*body\s*\{/g, '$1 .print-preview {'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * The printable preview of the whole contribution (cover, proposals with marks, reasons), drawn
 * over the window; "Print" hands it to the browser's print dialog, which saves it as PDF.
 */
export function PrintPreview({ store, content, onClose }: Props): ReactNode {
  const [parts, setParts] = useState<PreviewParts | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const baselines = new Map<string, Resolution>();
      for (const p of content.proposals) if (p.baseline) baselines.set(baselineKey(p.baseline), await store.loadBaseline(p.baseline));
      const ready = exportContribution(
        content,
        (ref) => baselines.get(baselineKey(ref))!,
        (p) => store.outcomeOf(p.id),
      );
      if (!cancelled) setParts(previewParts(ready));
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [store, content]);

  useEffect(() => (parts ? adoptStyles(parts.css) : undefined), [parts]);
  useEffect(() => {
    document.body.classList.add('printing-preview');
    return () => document.body.classList.remove('printing-preview');
  }, []);

  return createPortal(
    <div className="print-overlay" role="dialog" aria-label={t('export.printPreview')} data-testid="print-preview">
      <div className="print-toolbar">
        <button type="button" disabled={!parts} onClick={() => window.print()}>
          Print / save as PDF
        </button>
        <button type="button" onClick={onClose}>
          {t('print.close')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {/* The HTML is the exporter's: every text in it went through escapeHtml. */}
      {parts && <div className="print-preview" lang={parts.language} dir={parts.direction} dangerouslySetInnerHTML={{ __html: parts.body }} />}
    </div>,
    document.body,
  );
}
