/** The dialog open over the window (one at a time), or none: each asks for a decision or sets a task up. */
export type Panel =
  | { type: 'settings' }
  | { type: 'open' }
  | { type: 'import' }
  | { type: 'export' }
  | { type: 'version' }
  | { type: 'join' }
  | { type: 'leave'; leaving: 'open' | 'new'; then: () => Promise<void> }
  | null;
