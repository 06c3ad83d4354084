import { useState, type ReactNode } from 'react';
import type { ContributionSettings, Language } from '../../shared/contribution/schema';
import { Dialog } from './Dialog';
import { YearField } from './YearField';

interface Props {
  settings: ContributionSettings;
  onChange(settings: ContributionSettings): void;
  onClose(): void;
}

const LANGUAGES: [Language, string][] = [
  ['en', 'English'],
  ['fr', 'French'],
  ['es', 'Spanish'],
  ['ar', 'Arabic'],
  ['zh', 'Chinese'],
  ['ru', 'Russian'],
];

function Field({ label, value, onChange, wide, multiline, type }: { label: string; value: string; onChange(v: string): void; wide?: boolean; multiline?: boolean; type?: string }): ReactNode {
  return (
    <label className={wide ? 'field wide' : 'field'}>
      <span>{label}</span>
      {multiline ? <textarea rows={3} value={value} onChange={(e) => onChange(e.target.value)} /> : <input type={type ?? 'text'} value={value} onChange={(e) => onChange(e.target.value)} />}
    </label>
  );
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
        <Field label="Document number" value={s.documentNumber} onChange={(v) => update({ ...s, documentNumber: v })} />
        <Field label="Addendum" value={s.addendumNumber} onChange={(v) => update({ ...s, addendumNumber: v })} />
        <Field label="Proposal prefix" value={s.proposalPrefix} onChange={(v) => update({ ...s, proposalPrefix: v })} />
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
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
