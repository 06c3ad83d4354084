import { readV1Draft } from './readV1Draft';
import { CONTRIBUTION_FORMAT, CONTRIBUTION_SCHEMA_VERSION, type Contribution, type Proposal, type StoredVersion } from './schema';
import type { ContributionV1 } from './schemaV1';
import { appendVersion, kindFromName } from './versionChain';

function proposalOf(p: ContributionV1['proposals'][number]): Proposal {
  return { id: p.id, baseline: p.baseline, symbol: p.symbol, draft: readV1Draft(p.draft), reasons: p.reasons };
}

/**
 * A schema version 1 contribution in the current schema, in memory: every draft (current and in
 * every version) read into the model, versions given a kind from their name and stored as deltas.
 * Nothing is written: the file is rewritten only when the user saves it.
 */
export function migrateV1(c: ContributionV1): Contribution {
  let versions: StoredVersion[] = [];
  for (const v of c.versions) {
    versions = appendVersion(versions, { id: v.id, name: v.name, kind: kindFromName(v.name), time: v.time, author: v.author }, v.proposals.map(proposalOf));
  }
  return { format: CONTRIBUTION_FORMAT, schemaVersion: CONTRIBUTION_SCHEMA_VERSION, settings: c.settings, proposals: c.proposals.map(proposalOf), versions };
}
