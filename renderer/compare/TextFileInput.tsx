import type { ReactNode } from 'react';
import { readImportFile, type ImportFileResult } from './importText';

/** A file chooser for a resolution text: the file is read as the CLI and the hosts read text files (size, encoding). */
export function TextFileInput({ label, onRead }: { label: string; onRead(read: ImportFileResult): void }): ReactNode {
  return (
    <input
      type="file"
      accept=".txt,text/plain"
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) void readImportFile(file).then(onRead);
      }}
    />
  );
}
