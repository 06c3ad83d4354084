import type { WindowCommandId } from '../../shared/commands/commandTable';

/** What performs a window command (`open` may name the file). */
export type CommandHandler = (arg?: string) => void;

/**
 * The handlers of the window's commands (shared/commands/commandTable.ts), wherever the command
 * comes from: a key, a menu of the host, a button. The window provides its own; a view provides the
 * ones that belong to it while it is shown (the proposal pane: find, next and previous change).
 */
export class CommandRegistry {
  private readonly handlers = new Map<WindowCommandId, CommandHandler>();

  /** Adds handlers; returns the function that takes them back. */
  provide(handlers: Partial<Record<WindowCommandId, CommandHandler>>): () => void {
    const entries = Object.entries(handlers) as [WindowCommandId, CommandHandler][];
    for (const [id, run] of entries) this.handlers.set(id, run);
    return () => {
      for (const [id, run] of entries) if (this.handlers.get(id) === run) this.handlers.delete(id);
    };
  }

  /** Whether a command can run now. */
  has(id: WindowCommandId): boolean {
    return this.handlers.has(id);
  }

  /** Runs a command; false when nothing performs it now. */
  run(id: WindowCommandId, arg?: string): boolean {
    const run = this.handlers.get(id);
    run?.(arg);
    return run !== undefined;
  }
}
