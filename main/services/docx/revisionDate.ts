/** Revision dates in Word's form: ISO 8601 in UTC without fractional seconds (`iso` omitted: now). */
export function stampOf(iso: string | undefined): string {
  const d = iso === undefined ? new Date() : new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid export date "${iso}": expected an ISO 8601 time such as 2025-11-17T09:00:00Z`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
