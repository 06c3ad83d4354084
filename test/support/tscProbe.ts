import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '../..');

const sourceCache = new Map<string, ts.SourceFile>();

/** The options and files `tsc -p <project>` would use (project: a folder with a tsconfig.json). */
export function loadProject(project: string): ts.ParsedCommandLine {
  const configPath = join(ROOT, project, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return parsed;
}

/**
 * Type-check a file that does not exist on disk as if it were saved at `file` (repository-relative)
 * in `project`: the same compiler options and file list as `tsc -p <project>`, plus that file (which
 * the project's include patterns would match, see `includedDirectory`). Returns the messages that
 * concern the file: its own errors and the project errors that name it (TS6307 for an import of a file
 * outside the project).
 */
export function tscErrors(project: string, file: string, code: string): string[] {
  const parsed = loadProject(project);
  const probePath = join(ROOT, file);
  const host = ts.createCompilerHost(parsed.options, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => (f === probePath ? code : readFile(f));
  host.fileExists = (f) => f === probePath || fileExists(f);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, languageVersion, onError, shouldCreate) => {
    if (f === probePath) return ts.createSourceFile(f, code, languageVersion, true);
    const cached = sourceCache.get(f);
    if (cached) return cached;
    const sf = getSourceFile(f, languageVersion, onError, shouldCreate);
    if (sf) sourceCache.set(f, sf);
    return sf;
  };
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, probePath], options: parsed.options, host });
  const probe = program.getSourceFile(probePath);
  if (!probe) throw new Error(`${file} was not compiled`);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(probe),
    ...program.getSemanticDiagnostics(probe),
  ];
  return diagnostics
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .filter((d) => d.file?.fileName === probePath || ts.flattenDiagnosticMessageText(d.messageText, '\n').includes(probePath))
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('/')
    .map((part) => (part === '**' ? '(?:[^/]+/)*' : `${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}/`))
    .join('')
    .replace(/\/$/, '');
  return new RegExp(`^${body}$`);
}

/** True when `file` (repository-relative) matches `project`'s include patterns and none of its excludes. */
export function coveredBy(project: string, file: string): boolean {
  const raw = loadProject(project).raw as { include?: string[]; exclude?: string[] };
  const fromProject = relative(join(ROOT, project), join(ROOT, file)).split(sep).join('/');
  const normalise = (g: string) => relative(join(ROOT, project), join(ROOT, project, g)).split(sep).join('/');
  const matches = (globs: string[] | undefined) => (globs ?? []).some((g) => globToRegExp(normalise(g)).test(fromProject));
  return matches(raw.include) && !matches(raw.exclude);
}
