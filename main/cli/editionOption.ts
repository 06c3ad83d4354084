import { Corpus, UnknownEditionError } from '../services/corpus';
import { UsageError } from './command';
import { isEditionId } from '../../shared/grammar/editionId';

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
