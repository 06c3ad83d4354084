import { TEMPLATE_PLACEHOLDERS as HOLD } from '../../shared/checks/templatePlaceholders';
import type { ContributionSettings } from '../../shared/contribution/schema';
import { listKindForCall } from '../../shared/grammar/callPhrase';
import { conferenceLineFor } from '../../shared/grammar/conferenceLine';
import { draftNewNumberLine } from '../../shared/grammar/numberLine';
import type { Call, Resolution } from '../../shared/model/resolution';

function call(phrase: string, ends: string[]): Call {
  return { phrase, blocks: [{ type: 'list', kind: listKindForCall(phrase), items: ends.map((end) => ({ text: `${HOLD.text}${end}` })) }] };
}

/**
 * The skeleton of a draft new resolution (ADD) for the contribution's target conference (its place
 * and year as the settings have them now), made of the template's placeholders, which the checks
 * and the export refuse to send (shared/checks/templatePlaceholders.ts).
 */
export function draftSkeleton(settings: ContributionSettings, serial: number): Resolution {
  const { place, year } = settings.conference;
  return {
    numberLine: draftNewNumberLine(`${settings.proposalPrefix || HOLD.idPrefix}${serial}`),
    title: HOLD.title,
    conferenceLine: conferenceLineFor(place.trim() || HOLD.place, year),
    calls: [call('considering', [';', ',']), call('resolves', [';', '.'])],
    footnotes: [],
  };
}
