import { Corpus, UnknownEditionError } from '../services/corpus';
import { UsageError, type CliIO } from './command';
import { editionLanguage } from '../../shared/corpus/edition';
import { isEditionId } from '../../shared/grammar/editionId';
import { grammarOf } from '../../shared/grammar/grammars';
import { languageOfResolution } from '../../shared/grammar/textLanguage';
import type { Resolution } from '../../shared/model/resolution';

/**
 * The corpus for a command's `--edition <id>` (bundled or imported; default kigali-2022), checked
 * now so that an unknown id is a usage error naming the editions there are.
 */
export function editionCorpus(edition: unknown, corpus: Corpus = new Corpus()): Corpus {
  if (edition === undefined) return corpus;
  if (typeof edition !== 'string' || !isEditionId(edition)) {
    throw new UsageError(`--edition "${String(edition)}" is not an edition id; expected e.g. kigali-2022 or baku-2025`);
  }
  const chosen = corpus.withEdition(edition);
  try {
    chosen.manifest();
  } catch (e) {
    if (e instanceof UnknownEditionError) throw new UsageError(e.message);
    throw e;
  }
  return chosen;
}

/**
 * The corpus a lone draft's resolution number is read from when no `--edition` was given: the
 * default edition, unless the draft is written in another language than it. Then the imported
 * edition in the draft's language that holds that number (the one whose number line is the
 * draft's, else the most recent) is taken, and a notice says so: `resdraft compare 5 draft.txt`
 * with an Arabic draft compares it with the Arabic text, not the English one.
 */
export function corpusForDraft(corpus: Corpus, edition: unknown, draft: Resolution | null, number: string | undefined, io: CliIO): Corpus {
  if (edition !== undefined || draft === null || number === undefined || draft.numberLine === '') return corpus;
  const language = languageOfResolution(draft);
  if (language === editionLanguage(corpus.manifest())) return corpus;
  const holding = corpus
    .editions()
    .filter((e) => e.language === language && corpus.has(number, e.id))
    .sort((a, b) => b.year - a.year);
  const chosen = holding.find((e) => corpus.text(number, e.id).split('\n', 1)[0] === draft.numberLine) ?? holding[0];
  if (!chosen) return corpus;
  const name = grammarOf(language).englishName;
  io.stderr(`notice: the draft is in ${name}: Resolution ${number} is read from the ${chosen.id} edition (${name}); give --edition to choose another\n`);
  return corpus.withEdition(chosen.id);
}
