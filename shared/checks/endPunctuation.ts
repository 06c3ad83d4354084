import type { Resolution } from '../model/resolution';
import { isOperativeCall } from './callKind';
import type { Finding, FindingPlace } from './finding';
import { bodyParts, type BodyPart } from './resolutionParts';

/** What may follow the end punctuation: footnote references, closing quotes and brackets, spaces. */
const TRAILING = /(\[\^\d+\]|[\s”’"')\]»])+$/u;

/** The character that ends a line's text (ignoring footnote references and closing quotes), or ''. */
export function endMark(text: string): string {
  const t = text.replace(TRAILING, '');
  return t ? t[t.length - 1] : '';
}

function quote(mark: string): string {
  return `"${mark}"`;
}

/**
 * End punctuation (itu-conventions.md): preambular items end with `;` and the last one of each
 * preambular call with `,`; operative items end with `;`, the last one of an operative call with
 * `;`, `,` or `.`, and the resolution's last item with `.`. A line that introduces sub-items or a
 * list ends with `:`. `place` names the proposal.
 */
export function checkEndPunctuation(res: Resolution, place: (part: BodyPart) => FindingPlace): Finding[] {
  const { parts } = bodyParts(res);
  const findings: Finding[] = [];
  const lastOfCall = new Map<number, number>();
  parts.forEach((p, i) => lastOfCall.set(p.call, i));
  const lastOverall = parts.length - 1;
  parts.forEach((p, i) => {
    if (!p.text.trim()) return; // an empty part is its own finding
    const mark = endMark(p.text);
    const next = parts[i + 1];
    const introduces = p.hasSublist || (p.kind === 'paragraph' && next?.call === p.call && next.kind === 'item');
    const operative = isOperativeCall(res.calls[p.call]?.phrase ?? '');
    const what = p.kind === 'item' ? 'item' : 'paragraph';
    let expected: string[];
    let rule: string;
    if (introduces) {
      expected = [':', ';', ','];
      rule = 'a line that introduces a list ends with ":"';
    } else if (i === lastOverall) {
      expected = ['.'];
      rule = "the resolution's last item ends with \".\"";
    } else if (lastOfCall.get(p.call) === i) {
      expected = operative ? [';', ',', '.'] : [','];
      rule = operative ? 'the last item of an operative call ends with ";" (or "." at the very end)' : 'the last item of a preambular call ends with ","';
    } else {
      expected = operative ? [';', ','] : [';'];
      rule = operative ? 'operative items end with ";"' : 'preambular items end with ";"';
    }
    if (expected.includes(mark)) return;
    const missing = !/[.,;:!?]/.test(mark);
    findings.push({
      code: 'end-punctuation',
      severity: 'error',
      message: missing
        ? `The ${what} has no end punctuation: ${rule}.`
        : `The ${what} ends with ${quote(mark)} where ${expected.map(quote).join(' or ')} is expected: ${rule}.`,
      place: place(p),
    });
  });
  return findings;
}
