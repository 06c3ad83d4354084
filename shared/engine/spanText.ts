import type { TextSpan } from './changeSet';

/** The draft's text of spans: equal and inserted spans joined. */
export function draftTextOf(spans: readonly TextSpan[]): string {
  let out = '';
  for (const s of spans) if (s.op !== 'delete') out += s.text;
  return out;
}

/** The baseline's text of spans: equal spans (their `baseText` when renumbered) and deleted spans joined. */
export function baseTextOf(spans: readonly TextSpan[]): string {
  let out = '';
  for (const s of spans) if (s.op === 'delete') out += s.text;
  else if (s.op === 'equal') out += s.baseText ?? s.text;
  return out;
}
