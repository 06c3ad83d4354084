import { useSyncExternalStore } from 'react';
import type { CommandId } from '../../shared/commands/commandTable';

/** What performs a command (`open` may name the file, `insertCall` takes the call's phrase). */
export type CommandHandler = (arg?: string) => void;

/**
 * The handlers of the commands (shared/commands/commandTable.ts), wherever the command comes
 * from: a key, a menu of the host, a toolbar button. The window provides its own; a view provides
 * the ones that belong to it while it is shown (the proposal pane: the editor's commands, find,
 * next and previous change). The toolbar follows: a command nothing performs now is disabled.
 */
export class CommandRegistry {
  private readonly handlers = new Map<CommandId, CommandHandler>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** Adds handlers; returns the function that takes them back. */
  provide(handlers: Partial<Record<CommandId, CommandHandler>>): () => void {
    const entries = Object.entries(handlers) as [CommandId, CommandHandler][];
    for (const [id, run] of entries) this.handlers.set(id, run);
    this.changed();
    return () => {
      for (const [id, run] of entries) if (this.handlers.get(id) === run) this.handlers.delete(id);
      this.changed();
    };
  }

  /** Whether a command can run now. */
  has(id: CommandId): boolean {
    return this.handlers.has(id);
  }

  /** Runs a command; false when nothing performs it now. */
  run(id: CommandId, arg?: string): boolean {
    const run = this.handlers.get(id);
    run?.(arg);
    return run !== undefined;
  }

  /** Subscribes to changes of what can run (`useSyncExternalStore`). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A number that changes whenever what can run changes. */
  snapshot = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

/** Re-renders a view when what the registry can run changes; returns the registry. */
export function useRegistry(registry: CommandRegistry): CommandRegistry {
  useSyncExternalStore(registry.subscribe, registry.snapshot);
  return registry;
}
