import { useState, type ReactNode } from 'react';
import type { ContributionSettings, Language, Proposal } from '../../shared/contribution/schema';
import { proposalNumber, proposalNumberProblem, type ProposalNumberProblem } from '../../shared/export/proposalNumber';
import { Dialog, DialogEnd } from './Dialog';
import { YearField } from './YearField';
import { SPELLCHECK_AUTO_LINES, SPELLCHECK_CHOICES, type SpellcheckChoice } from '../editor/spellcheck';
import { t } from './uiLanguage';
import type { MessageId } from '../../shared/i18n/catalogs/en';
import { msg } from '../../shared/i18n/translate';

interface Props {
  settings: ContributionSettings;
  onChange(settings: ContributionSettings): void;
  onClose(): void;
}

const STRINGS = {
  get cosignatoriesInSource() {
    return t('settings.cosignatoriesInSource');
  },
};

/** The settings with the co-signatories listed in the Source or not (absent when not: older files have no such field). */
function withCosignatoriesInSource(s: ContributionSettings, on: boolean): ContributionSettings {
  const next = { ...s };
  if (on) next.cosignatoriesInSource = true;
  else delete next.cosignatoriesInSource;
  return next;
}

const LANGUAGES: [Language, MessageId][] = [
  ['en', msg('language.en')],
  ['fr', msg('language.fr')],
  ['es', msg('language.es')],
  ['ar', msg('language.ar')],
  ['zh', msg('language.zh')],
  ['ru', msg('language.ru')],
];

interface FieldProps {
  label: string;
  value: string;
  onChange(v: string): void;
  wide?: boolean;
  multiline?: boolean;
  type?: string;
  /** Shown under the field (and the field marked invalid) while the value cannot be used. */
  error?: string;
  /** Shown under the field otherwise. */
  hint?: string;
  /** For tests and the error's id. */
  testId?: string;
}

function Field({ label, value, onChange, wide, multiline, type, error, hint, testId }: FieldProps): ReactNode {
  const noteId = testId ? `${testId}-note` : undefined;
  const note = error ?? hint;
  const common = { value, 'aria-invalid': error ? true : undefined, 'aria-describedby': note && noteId ? noteId : undefined, 'data-testid': testId };
  return (
    <label className={wide ? 'field wide' : 'field'}>
      <span>{label}</span>
      {multiline ? <textarea rows={3} {...common} onChange={(e) => onChange(e.target.value)} /> : <input type={type ?? 'text'} {...common} onChange={(e) => onChange(e.target.value)} />}
      {note && (
        <small id={noteId} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
          {error ?? hint}
        </small>
      )}
    </label>
  );
}

/**
 * The number the export prints for a proposal of the contribution (`TST/42A1/1`, one shared
 * function), or `null` while a part typed in the settings is not valid.
 */
export function numberOfProposal(settings: ContributionSettings | null | undefined, proposals: readonly Proposal[], id: string): string | null | undefined {
  if (!settings) return undefined;
  const serial = proposals.findIndex((p) => p.id === id) + 1;
  if (serial === 0 || proposalNumberProblem(settings)) return null;
  return proposalNumber(settings, serial);
}

/** The inline error of `field`, when the proposal-number parts have one there. */
function errorOf(problem: ProposalNumberProblem | undefined, field: ProposalNumberProblem['field']): string | undefined {
  return problem?.field === field ? problem.message : undefined;
}

/** The contribution's settings (a dialog over the open proposal): target conference, document identity and the cover page. */
export function SettingsPanel({ settings, onChange, onClose }: Props): ReactNode {
  const [s, setS] = useState(settings);
  const update = (next: ContributionSettings): void => {
    setS(next);
    onChange(next);
  };
  const conf = (patch: Partial<ContributionSettings['conference']>): void => update({ ...s, conference: { ...s.conference, ...patch } });
  const cover = (patch: Partial<ContributionSettings['cover']>): void => update({ ...s, cover: { ...s.cover, ...patch } });
  const contact = (patch: Partial<ContributionSettings['cover']['contact']>): void => cover({ contact: { ...s.cover.contact, ...patch } });
  const problem = proposalNumberProblem(s);
  const legacy = (s.proposalSource ?? '') === '' && s.proposalPrefix.trim() !== '';
  const unset = (s.proposalSource ?? '') === '' && !legacy;
  const example = unset ? { ...s, proposalSource: 'ACP' } : s;
  // the numbers only when the parts give them (proposalNumber refuses parts that do not)
  const numbers = proposalNumberProblem(example) ? undefined : { first: proposalNumber(example, 1), second: proposalNumber(example, 2) };
  const numbering = !numbers ? undefined : unset ? t('settings.numberingUnset', numbers) : t('settings.numbering', numbers);
  return (
    <Dialog title={t('settings.title')} onClose={onClose} testId="settings-panel" className="settings-panel">
      <fieldset>
        <legend>{t('settings.target')}</legend>
        <Field label={t('settings.conference')} value={s.conference.name} onChange={(v) => conf({ name: v })} wide />
        <Field label={t('settings.place')} value={s.conference.place} onChange={(v) => conf({ place: v })} />
        <YearField year={s.conference.year} onChange={(year) => conf({ year })} />
        <Field label={t('settings.dates')} value={s.conference.dates} onChange={(v) => conf({ dates: v })} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.document')}</legend>
        <Field label={t('settings.source')} value={s.source} onChange={(v) => update({ ...s, source: v })} wide />
        <Field label={t('settings.documentNumber')} value={s.documentNumber} onChange={(v) => update({ ...s, documentNumber: v })} error={errorOf(problem, 'documentNumber')} testId="settings-document-number" />
        <Field label={t('settings.addendum')} value={s.addendumNumber} onChange={(v) => update({ ...s, addendumNumber: v })} error={errorOf(problem, 'addendumNumber')} testId="settings-addendum" />
        <Field
          label={t('settings.prefix')}
          value={s.proposalSource ?? ''}
          onChange={(v) => update({ ...s, proposalSource: v })}
          error={errorOf(problem, 'proposalSource')}
          hint={legacy ? t('settings.legacy', { prefix: s.proposalPrefix }) : numbering}
          testId="settings-proposal-source"
        />
        <label className="field field-check wide">
          <input type="checkbox" checked={s.cosignatoriesInSource === true} data-testid="settings-cosignatories-in-source" onChange={(e) => update(withCosignatoriesInSource(s, e.target.checked))} />
          <span>{STRINGS.cosignatoriesInSource}</span>
        </label>
        <label className="field">
          <span>{t('settings.language')}</span>
          <select value={s.language} onChange={(e) => update({ ...s, language: e.target.value as Language })}>
            {LANGUAGES.map(([code, name]) => (
              <option key={code} value={code}>
                {t(name)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('settings.spelling')}</span>
          <select value={s.spellcheck ?? 'auto'} onChange={(e) => update({ ...s, spellcheck: e.target.value as SpellcheckChoice })} data-testid="settings-spellcheck">
            {SPELLCHECK_CHOICES.map(([choice, label]) => (
              <option key={choice} value={choice}>
                {t(label, { lines: SPELLCHECK_AUTO_LINES })}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settings.cover')}</legend>
        <Field label={t('settings.coverTitle')} value={s.cover.title} onChange={(v) => cover({ title: v })} wide />
        <Field label={t('settings.priorityArea')} value={s.cover.priorityArea} onChange={(v) => cover({ priorityArea: v })} wide />
        <Field label={t('settings.summary')} value={s.cover.summary} onChange={(v) => cover({ summary: v })} wide multiline />
        <Field label={t('settings.expectedResults')} value={s.cover.expectedResults} onChange={(v) => cover({ expectedResults: v })} wide multiline />
        <Field label={t('settings.references')} value={s.cover.references} onChange={(v) => cover({ references: v })} wide multiline />
      </fieldset>
      <fieldset>
        <legend>{t('settings.contact')}</legend>
        <Field label={t('settings.name')} value={s.cover.contact.name} onChange={(v) => contact({ name: v })} />
        <Field label={t('settings.organization')} value={s.cover.contact.organization} onChange={(v) => contact({ organization: v })} />
        <Field label={t('settings.phone')} value={s.cover.contact.phone} onChange={(v) => contact({ phone: v })} />
        <Field label={t('settings.email')} value={s.cover.contact.email} onChange={(v) => contact({ email: v })} />
      </fieldset>
      <DialogEnd label={t('common.done')} onClick={onClose} primary />
    </Dialog>
  );
}
