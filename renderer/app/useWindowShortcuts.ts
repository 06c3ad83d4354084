import { useEffect, useRef } from 'react';

/** The window's own commands that have a shortcut (the host's menu commands are in useHostCommands). */
export interface WindowShortcuts {
  help(): void;
  settings(): void;
  exportPanel(): void;
  checks(): void;
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** F1 (or ? outside a text field) opens the help; Ctrl+, the settings; Ctrl+Shift+E export; Ctrl+Shift+K the checks. */
export function useWindowShortcuts(shortcuts: WindowShortcuts): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const ctrl = e.ctrlKey || e.metaKey;
      let run: (() => void) | null = null;
      if (e.key === 'F1' || (e.key === '?' && !ctrl && !e.altKey && !typingIn(e.target))) run = current.current.help;
      else if (ctrl && !e.shiftKey && !e.altKey && e.key === ',') run = current.current.settings;
      else if (ctrl && e.shiftKey && !e.altKey && e.code === 'KeyE') run = current.current.exportPanel;
      else if (ctrl && e.shiftKey && !e.altKey && e.code === 'KeyK') run = current.current.checks;
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
