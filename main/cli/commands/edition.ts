import type { UnplacedParagraph } from '../../../shared/corpus/splitResolutions';
import { commandInfo } from '../commandIndex';
import { Corpus, UnknownEditionError } from '../../services/corpus';
import { EditionImportError, importEdition } from '../../services/editions';
import { userEditionsDir } from '../../services/editionsFolder';
import { formatOption, parseCommandArgs } from '../args';
import { grammarOf } from '../../../shared/grammar/grammars';
import { editionLanguage } from '../../../shared/corpus/edition';
import { UsageError, type Command } from '../command';

const HELP = `Manages baseline editions: the adopted texts a proposal is drafted against.

  resdraft edition import <source> --name <id> [--replace]
      reads the ITU's Word document of adopted resolutions (.docx, one or many resolutions) or
      its plain-text export, in any of the six ITU languages (Arabic, Chinese, English, French,
      Russian, Spanish: detected from its number lines), and stores it as edition <id> (e.g.
      baku-2025) in your data folder (RESDRAFT_DATA_DIR, else the app-data folder). Prints the
      language, the resolutions found and every paragraph that could not be placed, by
      resolution and position.
  resdraft edition list [--format text|json]
      the bundled and imported editions, each with its language.

Then "resdraft list --edition <id>", "resdraft show <n> --edition <id>", and --edition on compare
and export. The bundled kigali-2022 is the default.
Exit code 0 on success, 2 on bad usage or a source that cannot be read.
`;

/** One line of the import report for a paragraph that was left out. */
export function describeUnplaced(u: UnplacedParagraph): string {
  const where = u.resolution === null ? 'before the first resolution' : `Resolution ${u.resolution}, paragraph ${u.position}`;
  const text = u.text.length > 70 ? `${u.text.slice(0, 67)}…` : u.text;
  return `  ${where} (${u.where}): ${u.reason}: "${text}"\n`;
}

export const editionCommand: Command = {
  ...commandInfo('edition'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { name: { type: 'string' }, replace: { type: 'boolean' }, format: { type: 'string' } });
    if (values.help) {
      io.stdout(`Usage: ${this.usage}\n\n${HELP}`);
      return 0;
    }
    const [action, ...rest] = positionals;
    const format = formatOption(values.format, ['text', 'json'] as const, 'text');
    if (action === 'list') {
      if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
      const editions = new Corpus().editions();
      if (format === 'json') io.stdout(`${JSON.stringify(editions, null, 2)}\n`);
      else io.stdout(editions.map((e) => `${e.id.padEnd(16)} ${e.shortName} (${e.place}, ${e.year}), ${e.resolutions} resolutions, ${grammarOf(e.language).englishName}${e.bundled ? ', bundled' : ''}\n`).join(''));
      return 0;
    }
    if (action !== 'import') throw new UsageError(`expected "import" or "list"; found ${action === undefined ? 'nothing' : `"${action}"`}`);
    if (rest.length !== 1) throw new UsageError('expected one source: the ITU .docx of adopted resolutions or its text export');
    if (typeof values.name !== 'string' || values.name === '') throw new UsageError('missing --name <id>: the edition id, e.g. baku-2025');
    let report;
    try {
      report = await importEdition(rest[0], values.name, { editionsDir: userEditionsDir(), replace: values.replace === true });
    } catch (e) {
      if (e instanceof EditionImportError || e instanceof UnknownEditionError) throw new UsageError(e.message);
      throw e;
    }
    const m = report.manifest;
    for (const n of report.notices) io.stderr(`resdraft edition: notice: ${n}\n`);
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ id: report.id, dir: report.dir, manifest: m, unplaced: report.unplaced }, null, 2)}\n`);
      return 0;
    }
    io.stdout(
      `imported edition ${report.id} (${m.shortName}, ${m.place} ${m.year}) into ${report.dir}\n` +
        `language: ${grammarOf(editionLanguage(m)).englishName}\n` +
        `${m.resolutions.length} resolution${m.resolutions.length === 1 ? '' : 's'} found: ${m.resolutions.map((r) => r.number).join(', ')}\n`,
    );
    if (report.unplaced.length === 0) io.stdout('every paragraph placed\n');
    else {
      io.stdout(`${report.unplaced.length} paragraph${report.unplaced.length === 1 ? '' : 's'} could not be placed (left out):\n`);
      for (const u of report.unplaced) io.stdout(describeUnplaced(u));
    }
    return 0;
  },
};
