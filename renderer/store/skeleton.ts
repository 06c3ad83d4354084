import type { ContributionSettings } from '../../shared/contribution/schema';
import { draftNewNumberLine } from '../../shared/grammar/numberLine';
import { conferenceLineFor } from '../../shared/grammar/conferenceLine';

/** The skeleton of a draft new resolution (ADD), for the target conference of the contribution. */
export function draftSkeleton(settings: ContributionSettings, serial: number): string {
  const { place, year } = settings.conference;
  return [
    draftNewNumberLine(`${settings.proposalPrefix || 'DRAFT-'}${serial}`),
    'Title of the draft new resolution',
    conferenceLineFor(place || 'Place', year),
    'considering',
    'a)\tthat …;',
    'b)\tthat …,',
    'resolves',
    '1\tthat …;',
    '2\tthat ….',
    '',
  ].join('\n');
}
