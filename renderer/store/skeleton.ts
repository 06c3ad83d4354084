import type { ContributionSettings } from '../../shared/contribution/schema';
import { listKindForCall } from '../../shared/grammar/callPhrase';
import { conferenceLineFor } from '../../shared/grammar/conferenceLine';
import { draftNewNumberLine } from '../../shared/grammar/numberLine';
import type { Call, Resolution } from '../../shared/model/resolution';

function call(phrase: string, items: string[]): Call {
  return { phrase, blocks: [{ type: 'list', kind: listKindForCall(phrase), items: items.map((text) => ({ text })) }] };
}

/** The skeleton of a draft new resolution (ADD) for the contribution's target conference: its place and year as the settings have them now. */
export function draftSkeleton(settings: ContributionSettings, serial: number): Resolution {
  const { place, year } = settings.conference;
  return {
    numberLine: draftNewNumberLine(`${settings.proposalPrefix || 'DRAFT-'}${serial}`),
    title: 'Title of the draft new resolution',
    conferenceLine: conferenceLineFor(place.trim() || 'Place', year),
    calls: [call('considering', ['that …;', 'that …,']), call('resolves', ['that …;', 'that ….'])],
    footnotes: [],
  };
}
