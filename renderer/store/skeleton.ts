import { TEMPLATE_PLACEHOLDERS as HOLD } from '../../shared/checks/templatePlaceholders';
import type { ContributionSettings } from '../../shared/contribution/schema';
import { listKindForCall } from '../../shared/grammar/callPhrase';
import { conferenceLineFor } from '../../shared/grammar/conferenceLine';
import { grammarOf } from '../../shared/grammar/grammars';
import { draftNewNumberLine } from '../../shared/grammar/numberLine';
import type { LanguageCode } from '../../shared/grammar/resolutionLanguage';
import type { Call, Resolution } from '../../shared/model/resolution';

function call(phrase: string, ends: string[], language: LanguageCode): Call {
  return { phrase, blocks: [{ type: 'list', kind: listKindForCall(phrase, language), items: ends.map((end) => ({ text: `${HOLD.text}${end}` })) }] };
}

/**
 * The skeleton of a draft new resolution (ADD) for the contribution's target conference (its place
 * and year as the settings have them now), made of the template's placeholders, which the checks
 * and the export refuse to send (shared/checks/templatePlaceholders.ts).
 */
export function draftSkeleton(settings: ContributionSettings, serial: number): Resolution {
  const { place, year } = settings.conference;
  // the heads, calls and end marks in the contribution's language (shared/grammar)
  const g = grammarOf(settings.language);
  const { semicolon, comma, stop } = g.punctuation;
  return {
    numberLine: draftNewNumberLine(`${settings.proposalPrefix || HOLD.idPrefix}${serial}`, settings.language),
    title: HOLD.title,
    conferenceLine: conferenceLineFor(place.trim() || HOLD.place, year, settings.language),
    calls: [call(g.preambularCalls[0], [semicolon, comma], settings.language), call(g.operativeCalls[0], [semicolon, stop], settings.language)],
    footnotes: [],
  };
}
