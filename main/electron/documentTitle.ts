import type { DocumentState } from '../../shared/host/hostApi';

/** The window title: `● name — Resolution Drafter` when dirty (`name — Resolution Drafter` when clean). */
export function windowTitle(doc: DocumentState | null): string {
  if (!doc) return 'Resolution Drafter';
  return `${doc.dirty ? '● ' : ''}${doc.name} — Resolution Drafter`;
}
