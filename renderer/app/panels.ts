/** The dialog open over the window (one at a time), or none. */
export type Panel =
  | { type: 'settings' }
  | { type: 'open' }
  | { type: 'import' }
  | { type: 'export' }
  | { type: 'help' }
  | { type: 'checks' }
  | { type: 'version' }
  | { type: 'leave'; leaving: string; then: () => Promise<void> }
  | null;
