import type { Proposal } from '../../shared/contribution/schema';
import type { HostApi, VersionInfo } from '../../shared/host/hostApi';
import type { Resolution } from '../../shared/model/resolution';
import { draftOf } from '../../shared/contribution/proposalDraft';
import { t } from '../app/uiLanguage';

/** One side of a comparison. */
export type CompareSource =
  | { kind: 'adopted' }
  | { kind: 'current' }
  | { kind: 'version'; versionId: string }
  | { kind: 'imported' }
  /** The same resolution in another edition: another language version of it, or a newer text. */
  | { kind: 'edition'; edition: string };

/** A side resolved to a model, with a human name. `resolution` is null for "no text" (no baseline). */
export interface ResolvedSide {
  name: string;
  resolution: Resolution | null;
}

/** The `<select>` value of a source. */
export function sourceKey(source: CompareSource): string {
  if (source.kind === 'edition') return `edition:${source.edition}`;
  return source.kind === 'version' ? `version:${source.versionId}` : source.kind;
}

/** The source of a `<select>` value. */
export function sourceFromKey(key: string): CompareSource {
  if (key.startsWith('version:')) return { kind: 'version', versionId: key.slice('version:'.length) };
  if (key.startsWith('edition:')) return { kind: 'edition', edition: key.slice('edition:'.length) };
  if (key === 'adopted' || key === 'current' || key === 'imported') return { kind: key };
  throw new Error(`unknown compare source "${key}"`);
}

/** The name a save gives the version it records (see the host's saveContribution). */
export const SAVE_VERSION_NAME = 'Saved';

/** Whether a version was recorded by a save rather than named by the user (or by a restore). */
export function isAutomaticVersion(v: Pick<VersionInfo, 'name'> & { kind?: string }): boolean {
  return v.kind ? v.kind === 'saved' : v.name === SAVE_VERSION_NAME;
}

/** How a version is listed: its name, time and author. */
export function versionLabel(v: VersionInfo): string {
  const when = new Date(v.time);
  const time = Number.isNaN(when.getTime()) ? v.time : when.toLocaleString();
  const name = v.name || t('compare.unnamedVersion');
  return v.author ? t('compare.versionLabelBy', { name, time, author: v.author }) : t('compare.versionLabel', { name, time });
}

/** The proposal in a snapshot that corresponds to `proposal`: same id, else same baseline resolution. */
export function matchingProposal(snapshot: Proposal[], proposal: Proposal): Proposal | undefined {
  return (
    snapshot.find((p) => p.id === proposal.id) ??
    (proposal.baseline ? snapshot.find((p) => p.baseline?.number === proposal.baseline?.number) : undefined)
  );
}

/** Everything a side may need, fetched by the view. */
export interface SourceContext {
  host: HostApi;
  docId: string | null;
  proposal: Proposal;
  adopted: Resolution | null;
  current: Resolution | null;
  imported: Resolution | null;
  versions: VersionInfo[];
  /** The resolution of the proposal in another edition, and that edition's name. */
  inEdition(edition: string): Promise<ResolvedSide>;
}

/** Resolve a source to a model (fetching a version's snapshot from the host when needed). */
export async function resolveSource(source: CompareSource, ctx: SourceContext): Promise<ResolvedSide> {
  switch (source.kind) {
    case 'adopted':
      return { name: t('compare.adopted'), resolution: ctx.adopted };
    case 'current':
      return { name: t('compare.current'), resolution: ctx.current };
    case 'imported':
      return { name: t('compare.importedText'), resolution: ctx.imported };
    case 'edition':
      return ctx.inEdition(source.edition);
    case 'version': {
      if (!ctx.docId) throw new Error(t('compare.noVersions'));
      const version = await ctx.host.getVersion(ctx.docId, source.versionId);
      const p = matchingProposal(version.proposals, ctx.proposal);
      const info = ctx.versions.find((v) => v.id === source.versionId);
      const name = info ? versionLabel(info) : t('compare.versionId', { id: source.versionId });
      if (!p) return { name: t('compare.versionNoProposal', { name }), resolution: null };
      return { name, resolution: draftOf(p) };
    }
  }
}
