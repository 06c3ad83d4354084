import type { Command } from './command';
import type { MessageId } from '../../shared/i18n/catalogs/en';
import { cliText } from './cliLanguage';

/**
 * A `resdraft` sub-command as `--help` lists it, and where its code is: a command's code (and what
 * it needs: the Word reader, the .docx writer, the schemas) is loaded only when it runs, so that
 * `resdraft list` starts in about the time Node itself does.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  usage: string;
  load(): Promise<Command>;
  /** Whether it checks inputs with the schemas: the schema library is set up before it runs (default true; `list` of a bundled edition reads no input). */
  checksInputs?: boolean;
}

/** Every sub-command, in the order `--help` lists them. */
export const COMMANDS: CommandEntry[] = [
  {
    name: 'list',
    summary: 'list the resolutions of an edition, or the proposals of a Word contribution',
    usage: 'resdraft list [file.docx | contribution.resdraft] [--edition <id>] [--format text|json]',
    load: async () => (await import('./commands/list')).listCommand,
    checksInputs: false,
  },
  {
    name: 'show',
    summary: 'print an adopted resolution, or a Word contribution\'s draft, in the text layout or as JSON',
    usage: 'resdraft show <n | file.docx[#n] | file.resdraft#n[@v2] | draft.txt> [--original] [--edition <id>] [--format text|json]',
    load: async () => (await import('./commands/show')).showCommand,
  },
  {
    name: 'compare',
    summary: 'show ITU revision marks between a baseline and a draft (or two drafts)',
    usage: 'resdraft compare <baseline> <draft> [--edition <id>] [--format text|html|json]',
    load: async () => (await import('./commands/compare')).compareCommand,
  },
  {
    name: 'export',
    summary: 'write a contribution as .docx with Word revision marks (or clean, or HTML preview)',
    usage: 'resdraft export <draft.txt | contribution.resdraft> [--baseline <n|file>] -o <out.docx> [--clean] [--format docx|html]',
    load: async () => (await import('./commands/export')).exportCommand,
  },
  {
    name: 'check',
    summary: 'check a draft or a contribution before sending (punctuation, empty parts, reasons, citations)',
    usage: 'resdraft check <draft.txt | contribution.resdraft[#N]> [--edition <id>] [--format text|json]',
    load: async () => (await import('./commands/check')).checkCommand,
  },
  {
    name: 'import',
    summary: 'turn a Word contribution (.docx) into a contribution file (.resdraft)',
    usage: 'resdraft import <file.docx> -o <file.resdraft> [--edition <id>] [--force]',
    load: async () => (await import('./commands/import')).importCommand,
  },
  {
    name: 'edition',
    summary: 'import an edition of adopted resolutions (.docx or text export), list editions',
    usage: 'resdraft edition import <source.docx|source.txt> --name <id> [--replace] | resdraft edition list',
    load: async () => (await import('./commands/edition')).editionCommand,
  },
  {
    name: 'rebase',
    summary: 'carry a draft onto a newer edition of the adopted texts, listing conflicts',
    usage: 'resdraft rebase <draft> --onto <edition> [--from <edition>] [-o <file>] [--format text|json]',
    load: async () => (await import('./commands/rebase')).rebaseCommand,
  },
  {
    name: 'synopsis',
    summary: "compile several sources' proposals on the same resolutions: who proposes what, agreements, conflicts",
    usage: 'resdraft synopsis SOURCE… [--resolution N] [--format text|html|docx|json] [-o FILE]',
    load: async () => (await import('./commands/synopsis')).synopsisCommand,
  },
  {
    name: 'serve',
    summary: 'run a co-drafting server (rooms stored in a folder; with --redis, several instances)',
    usage: 'resdraft serve [--host 127.0.0.1] [--port 1234] [--data <folder>] [--redis <url>]',
    load: async () => (await import('./commands/serve')).serveCommand,
  },
  {
    name: 'room',
    summary: 'co-drafting rooms on a server: create one from a draft, show, edit, name versions',
    usage: 'resdraft room create <draft> --server <url> [--expires 30d] | room show|edit|version <url> <room> --token <t> …',
    load: async () => (await import('./commands/room')).roomCommand,
  },
];

/** The name, summary and usage of a sub-command (what its `Command` object starts with). */
export function commandInfo(name: string): Pick<Command, 'name' | 'summary' | 'usage'> {
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) throw new Error(`no resdraft command named "${name}"`);
  return { name: entry.name, summary: entry.summary, usage: entry.usage };
}

/** A sub-command's summary in the language of the environment (`--help`); the English one is `summary` above. */
export function commandSummary(name: string): string {
  return cliText(`cli.summary.${name}` as MessageId);
}
