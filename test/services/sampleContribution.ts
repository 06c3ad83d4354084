import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromText } from '../../shared/text/fromText';
import { newContribution } from '../../shared/contribution/newContribution';
import type { Contribution, Proposal } from '../../shared/contribution/schema';

const BASELINE = join(import.meta.dirname, '../../resources/baseline/kigali-2022');

/** The adopted text of a bundled resolution. */
export function adoptedText(n: string): string {
  return readFileSync(join(BASELINE, `res-${n}.txt`), 'utf8');
}

/** A proposal revising resolution `n` with `edit` replacing Kigali by Baku in its text. */
export function proposalFor(n: string, id = `p-${n}`): Proposal {
  return {
    id,
    baseline: { edition: 'kigali-2022', number: n },
    symbol: 'auto',
    draft: fromText(adoptedText(n).replaceAll('Kigali, 2022', 'Baku, 2025')),
    reasons: `Update Resolution ${n} for WTDC-25.`,
  };
}

/** A realistic contribution: settings filled in, proposals on resolutions 5 and 34. */
export function sampleContribution(): Contribution {
  const c = newContribution(2025);
  c.settings.conference = { name: 'World Telecommunication Development Conference (WTDC-25)', place: 'Baku', dates: '17-28 November 2025', year: 2025 };
  c.settings.source = 'Member States of the Asia-Pacific Telecommunity';
  c.settings.documentNumber = '23';
  c.settings.addendumNumber = '1';
  c.settings.proposalPrefix = 'ACP/23A1/';
  c.settings.cover.title = 'Proposals for the revision of WTDC resolutions';
  c.settings.cover.contact = { name: 'A. Delegate', organization: 'Ministry', phone: '+1 555 0100', email: 'a.delegate@example.org' };
  c.proposals = [proposalFor('5'), proposalFor('34')];
  return c;
}
