import { endMark, endMarkFor, endRoleOf, type EndRole } from '../grammar/paragraphEnd';
import { languageOfResolution } from '../grammar/textLanguage';
import type { Resolution } from '../model/resolution';
import { isOperativeCall } from './callKind';
import type { Finding, FindingPlace } from './finding';
import { bodyParts, type BodyPart } from './resolutionParts';
import { said, words, type Message } from '../i18n/translate';

/** Two or three marks as alternatives (`";" or ","`), in the reader's words. */
function marksOf(marks: string[]): Message {
  const [a = '', b = '', c = ''] = marks;
  if (marks.length >= 3) return words('check.marks.three', { a, b, c });
  return marks.length === 2 ? words('check.marks.two', { a, b }) : words('check.marks.one', { a });
}

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
    let rule: Message;
    if (introduces) {
      expected = ['colon', 'semicolon', 'comma'];
      rule = words('check.rule.introduces', { colon: mark('colon') });
    } else if (i === lastOverall) {
      expected = ['stop'];
      rule = words('check.rule.last', { stop: mark('stop') });
    } else if (lastOfCall.get(p.call) === i) {
      expected = operative ? ['semicolon', 'comma', 'stop'] : ['comma'];
      rule = operative ? words('check.rule.lastOperative', { semicolon: mark('semicolon'), stop: mark('stop') }) : words('check.rule.lastPreambular', { comma: mark('comma') });
    } else {
      expected = operative ? ['semicolon', 'comma'] : ['semicolon'];
      rule = operative ? words('check.rule.operative', { semicolon: mark('semicolon') }) : words('check.rule.preambular', { semicolon: mark('semicolon') });
    }
    const role = endRoleOf(end);
    if (role !== undefined && expected.includes(role)) return;
    const missing = role === undefined && !/[!?！？؟]/u.test(end);
    findings.push({
      code: 'end-punctuation',
      severity: 'error',
      ...(missing ? said('check.end.missing', { what, rule }) : said('check.end.wrong', { what, end: quote(end), expected: marksOf(expected.map(mark)), rule })),
      place: place(p),
    });
  });
  return findings;
}
