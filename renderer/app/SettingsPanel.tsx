import { useState, type ReactNode } from 'react';
import type { ContributionSettings, Language, Proposal } from '../../shared/contribution/schema';
import { proposalNumber, proposalNumberProblem, type ProposalNumberProblem } from '../../shared/export/proposalNumber';
import { Dialog, DialogEnd } from './Dialog';
import { YearField } from './YearField';
import { SPELLCHECK_CHOICES, type SpellcheckChoice } from '../editor/spellcheck';
import { t } from './uiLanguage';

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

const LANGUAGES: [Language, string][] = [
  ['en', 'English'],
  ['fr', 'French'],
  ['es', 'Spanish'],
  ['ar', 'Arabic'],
  ['zh', 'Chinese'],
  ['ru', 'Russian'],
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
  const numbering = proposalNumberProblem(example) ? undefined : `${unset ? 'Letters only, e.g. ACP: proposals are then numbered' : 'Proposals are numbered'} ${proposalNumber(example, 1)}, ${proposalNumber(example, 2)}, …`;
  return (
    <Dialog title="Contribution settings" onClose={onClose} testId="settings-panel" className="settings-panel">
      <fieldset>
        <legend>Target conference</legend>
        <Field label="Conference" value={s.conference.name} onChange={(v) => conf({ name: v })} wide />
        <Field label="Place" value={s.conference.place} onChange={(v) => conf({ place: v })} />
        <YearField year={s.conference.year} onChange={(year) => conf({ year })} />
        <Field label="Dates" value={s.conference.dates} onChange={(v) => conf({ dates: v })} />
      </fieldset>
      <fieldset>
        <legend>Document</legend>
        <Field label="Source" value={s.source} onChange={(v) => update({ ...s, source: v })} wide />
        <Field label="Document number" value={s.documentNumber} onChange={(v) => update({ ...s, documentNumber: v })} error={errorOf(problem, 'documentNumber')} testId="settings-document-number" />
        <Field label="Addendum" value={s.addendumNumber} onChange={(v) => update({ ...s, addendumNumber: v })} error={errorOf(problem, 'addendumNumber')} testId="settings-addendum" />
        <Field
          label="Proposal prefix"
          value={s.proposalSource ?? ''}
          onChange={(v) => update({ ...s, proposalSource: v })}
          error={errorOf(problem, 'proposalSource')}
          hint={legacy ? `This file numbers proposals with its older prefix "${s.proposalPrefix}"; type letters (e.g. ACP) to build them from these letters, the document and the addendum.` : numbering}
          testId="settings-proposal-source"
        />
        <label className="field field-check wide">
          <input type="checkbox" checked={s.cosignatoriesInSource === true} data-testid="settings-cosignatories-in-source" onChange={(e) => update(withCosignatoriesInSource(s, e.target.checked))} />
          <span>{STRINGS.cosignatoriesInSource}</span>
        </label>
        <label className="field">
          <span>Language</span>
          <select value={s.language} onChange={(e) => update({ ...s, language: e.target.value as Language })}>
            {LANGUAGES.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Spelling</span>
          <select value={s.spellcheck ?? 'auto'} onChange={(e) => update({ ...s, spellcheck: e.target.value as SpellcheckChoice })} data-testid="settings-spellcheck">
            {SPELLCHECK_CHOICES.map(([choice, label]) => (
              <option key={choice} value={choice}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Cover page</legend>
        <Field label="Title" value={s.cover.title} onChange={(v) => cover({ title: v })} wide />
        <Field label="Priority area" value={s.cover.priorityArea} onChange={(v) => cover({ priorityArea: v })} wide />
        <Field label="Summary" value={s.cover.summary} onChange={(v) => cover({ summary: v })} wide multiline />
        <Field label="Expected results" value={s.cover.expectedResults} onChange={(v) => cover({ expectedResults: v })} wide multiline />
        <Field label="References" value={s.cover.references} onChange={(v) => cover({ references: v })} wide multiline />
      </fieldset>
      <fieldset>
        <legend>Contact</legend>
        <Field label="Name" value={s.cover.contact.name} onChange={(v) => contact({ name: v })} />
        <Field label="Organization" value={s.cover.contact.organization} onChange={(v) => contact({ organization: v })} />
        <Field label="Phone" value={s.cover.contact.phone} onChange={(v) => contact({ phone: v })} />
        <Field label="E-mail" value={s.cover.contact.email} onChange={(v) => contact({ email: v })} />
      </fieldset>
      <DialogEnd label="Done" onClick={onClose} primary />
    </Dialog>
  );
}
