import { endMark, endMarkFor, endRoleOf, type EndRole } from '../grammar/paragraphEnd';
import { languageOfResolution } from '../grammar/textLanguage';
import type { Resolution } from '../model/resolution';
import { isOperativeCall } from './callKind';
import type { Finding, FindingPlace } from './finding';
import { bodyParts, type BodyPart } from './resolutionParts';

function quote(mark: string): string {
  return `"${mark}"`;
}

/**
 * End punctuation (itu-conventions.md): preambular items end with a semicolon and the last one of
 * each preambular call with a comma; operative items end with a semicolon, the last one of an
 * operative call with a semicolon, comma or full stop, and the resolution's last item with a full
 * stop. A line that introduces sub-items or a list ends with a colon. Each mark is the resolution's
 * language's (`;` `,` `.` `:`; Arabic `؛` `،`; Chinese `；` `，` `。` `：`), and a mark of another of
 * the six languages with the same role is accepted. `place` names the proposal.
 */
export function checkEndPunctuation(res: Resolution, place: (part: BodyPart) => FindingPlace): Finding[] {
  const { parts } = bodyParts(res);
  const language = languageOfResolution(res);
  const mark = (role: EndRole): string => quote(endMarkFor(role, language));
  const findings: Finding[] = [];
  const lastOfCall = new Map<number, number>();
  parts.forEach((p, i) => lastOfCall.set(p.call, i));
  const lastOverall = parts.length - 1;
  parts.forEach((p, i) => {
    if (!p.text.trim()) return; // an empty part is its own finding
    const end = endMark(p.text);
    const next = parts[i + 1];
    const introduces = p.hasSublist || (p.kind === 'paragraph' && next?.call === p.call && next.kind === 'item');
    const operative = isOperativeCall(res.calls[p.call]?.phrase ?? '');
    const what = p.kind === 'item' ? 'item' : 'paragraph';
    let expected: EndRole[];
    let rule: string;
    if (introduces) {
      expected = ['colon', 'semicolon', 'comma'];
      rule = `a line that introduces a list ends with ${mark('colon')}`;
    } else if (i === lastOverall) {
      expected = ['stop'];
      rule = `the resolution's last item ends with ${mark('stop')}`;
    } else if (lastOfCall.get(p.call) === i) {
      expected = operative ? ['semicolon', 'comma', 'stop'] : ['comma'];
      rule = operative
        ? `the last item of an operative call ends with ${mark('semicolon')} (or ${mark('stop')} at the very end)`
        : `the last item of a preambular call ends with ${mark('comma')}`;
    } else {
      expected = operative ? ['semicolon', 'comma'] : ['semicolon'];
      rule = operative ? `operative items end with ${mark('semicolon')}` : `preambular items end with ${mark('semicolon')}`;
    }
    const role = endRoleOf(end);
    if (role !== undefined && expected.includes(role)) return;
    const missing = role === undefined && !/[!?！？؟]/u.test(end);
    findings.push({
      code: 'end-punctuation',
      severity: 'error',
      message: missing
        ? `The ${what} has no end punctuation: ${rule}.`
        : `The ${what} ends with ${quote(end)} where ${expected.map(mark).join(' or ')} is expected: ${rule}.`,
      place: place(p),
    });
  });
  return findings;
}
