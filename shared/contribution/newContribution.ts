import { CONTRIBUTION_FORMAT, CONTRIBUTION_SCHEMA_VERSION, type Contribution, type ContributionSettings } from './schema';

/** Settings of a fresh contribution: empty fields, English, a placeholder target conference. */
export function defaultSettings(year: number): ContributionSettings {
  return {
    conference: { name: 'World Telecommunication Development Conference', place: '', dates: '', year },
    source: '',
    documentNumber: '',
    addendumNumber: '',
    proposalPrefix: '',
    language: 'en',
    cover: {
      title: '',
      priorityArea: '',
      summary: '',
      expectedResults: '',
      references: '',
      contact: { name: '', organization: '', phone: '', email: '' },
    },
  };
}

/** A new, empty contribution (no proposals, no versions). `year` is the target conference year. */
export function newContribution(year: number): Contribution {
  return {
    format: CONTRIBUTION_FORMAT,
    schemaVersion: CONTRIBUTION_SCHEMA_VERSION,
    settings: defaultSettings(year),
    proposals: [],
    versions: [],
  };
}
