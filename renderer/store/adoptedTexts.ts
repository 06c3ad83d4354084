import type { BaselineRef, EditionSummary, ResolutionSummary } from '../../shared/corpus/edition';
import { knownEdition, type KnownEdition } from '../../shared/checks/citations';
import type { HostApi } from '../../shared/host/hostApi';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';

/** What the adopted texts are read through. */
export type AdoptedTextsHost = Pick<HostApi, 'listEditions' | 'listResolutions' | 'getBaselineText'>;

/** The key of a resolution of an edition: the same number in two editions is two texts. */
export function baselineKey(ref: BaselineRef): string {
  return `${ref.edition}\u0001${ref.number}`;
}

/**
 * The adopted texts the host offers, each read and parsed once: the editions, the resolutions of
 * each, and each resolution by edition and number. A parsed text is one object for the life of the
 * window, so everything computed from it (the engine's outcomes) can be kept by identity.
 */
export class AdoptedTexts {
  private editionList: Promise<EditionSummary[]> | null = null;
  private readonly lists = new Map<string, Promise<ResolutionSummary[]>>();
  private readonly listed = new Map<string, Set<string>>();
  private readonly loading = new Map<string, Promise<Resolution>>();
  private readonly parsed = new Map<string, Resolution>();
  private readonly known = new Map<string, Promise<KnownEdition>>();

  /** `onLoad` runs when a text arrives (views reading {@link baseline} may now have it). */
  constructor(
    private readonly host: AdoptedTextsHost,
    private readonly onLoad: () => void,
  ) {}

  /** The editions: bundled first, then imported ones. */
  editions(): Promise<EditionSummary[]> {
    this.editionList ??= this.host.listEditions().catch((e: unknown) => {
      this.editionList = null;
      throw e;
    });
    return this.editionList;
  }

  /** The resolutions of an edition, in manifest order. */
  resolutions(edition: string): Promise<ResolutionSummary[]> {
    let list = this.lists.get(edition);
    if (!list) {
      list = this.host.listResolutions(edition);
      list.then(
        (l) => {
          this.listed.set(edition, new Set(l.map((r) => r.number)));
          this.onLoad();
        },
        () => this.lists.delete(edition),
      );
      this.lists.set(edition, list);
    }
    return list;
  }

  /** Whether an edition holds a resolution of that number, once its list is read (undefined meanwhile; it is read now). */
  holds(edition: string, number: string): boolean | undefined {
    const known = this.listed.get(edition);
    if (!known) void this.resolutions(edition).catch(() => undefined);
    return known?.has(number);
  }

  /** The adopted text of `ref` when it has been read (else undefined; {@link load} reads it). */
  baseline(ref: BaselineRef): Resolution | undefined {
    return this.parsed.get(baselineKey(ref));
  }

  /** Reads (once) and parses the adopted text of `ref`. */
  load(ref: BaselineRef): Promise<Resolution> {
    const key = baselineKey(ref);
    const done = this.parsed.get(key);
    if (done) return Promise.resolve(done);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.host.getBaselineText(ref.number, ref.edition).then((text) => {
        const res = fromText(text);
        this.parsed.set(key, res);
        this.onLoad();
        return res;
      });
      pending.catch(() => undefined).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** Every edition as the citation checks read it (its numbers and number lines), each read once. */
  async knownEditions(): Promise<KnownEdition[]> {
    const editions = await this.editions();
    return Promise.all(
      editions.map((e) => {
        const key = `${e.id}\u0001${e.resolutions}`;
        let hit = this.known.get(key);
        if (!hit) {
          hit = (async () => {
            const list = await this.resolutions(e.id);
            const lines = await Promise.all(list.map((r) => this.host.getBaselineText(r.number, e.id).then((t) => t.split('\n', 1)[0], () => undefined)));
            return knownEdition(e, list.map((r, i) => ({ number: r.number, numberLine: lines[i] })));
          })();
          hit.catch(() => this.known.delete(key));
          this.known.set(key, hit);
        }
        return hit;
      }),
    );
  }
}
