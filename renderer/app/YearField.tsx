import { useId, useState, type ReactNode } from 'react';
import { t } from './uiLanguage';

/** The years a contribution can target (the contribution schema's bounds). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * The target conference year: typed freely (every keystroke is kept on screen); a complete year
 * in range is passed on at once, anything else is shown as invalid and not passed on.
 */
export function YearField({ year, onChange }: { year: number; onChange(year: number): void }): ReactNode {
  const [text, setText] = useState(String(year));
  const hintId = useId();
  const value = Number(text);
  const valid = /^\d{4}$/.test(text.trim()) && value >= MIN_YEAR && value <= MAX_YEAR;
  return (
    <label className="field">
      <span>{t('settings.year')}</span>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : hintId}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const n = Number(next.trim());
          if (/^\d{4}$/.test(next.trim()) && n >= MIN_YEAR && n <= MAX_YEAR) onChange(n);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          e.preventDefault();
          const n = Math.min(MAX_YEAR, Math.max(MIN_YEAR, (valid ? value : year) + (e.key === 'ArrowUp' ? 1 : -1)));
          setText(String(n));
          onChange(n);
        }}
        onBlur={() => {
          if (!valid) setText(String(year));
        }}
      />
      {!valid && (
        <span id={hintId} className="field-error">
          {t('settings.yearHint', { min: String(MIN_YEAR), max: String(MAX_YEAR), year: String(year) })}
        </span>
      )}
    </label>
  );
}
