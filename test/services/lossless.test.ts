import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContributionFile, serializeContribution, v1BackupPath } from '../../main/services/contributionFile';
import { DocumentSession } from '../../main/services/documentSession';
import { draftTextOf, DraftLayoutError } from '../../shared/contribution/proposalDraft';
import type { Resolution } from '../../shared/model/resolution';
import { fromText } from '../../shared/text/fromText';
import { adoptedText, sampleContribution } from './sampleContribution';

let root: string;
let sessions: DocumentSession[] = [];
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'resdraft-lossless-'));
});
afterEach(() => {
  for (const s of sessions) s.dispose();
  sessions = [];
  rmSync(root, { recursive: true, force: true });
});
const session = () => {
  for (const s of sessions) s.dispose();
  const s = new DocumentSession({ folders: { documents: root, state: join(root, '.state') }, author: () => 'A. Delegate' });
  sessions = [s];
  return s;
};

/** Resolution 34 in states the editor can reach and the text layout cannot hold. */
function unfinished(): Resolution {
  const r = fromText(adoptedText('34'));
  const c0 = r.calls[0];
  const firstPara = c0.blocks.findIndex((b) => b.type === 'paragraph');
  if (firstPara >= 0) {
    const b = c0.blocks[firstPara];
    if (b.type === 'paragraph') b.text = b.text.replace(/[,;.:]$/, ''); // the trailing "," deleted
  } else c0.blocks.push({ type: 'paragraph', text: 'a paragraph without end punctuation' });
  const list = r.calls.find((c) => c.blocks.some((b) => b.type === 'list'))!.blocks.find((b) => b.type === 'list')!;
  if (list.type === 'list') list.items.push({ text: '' }); // an empty item
  r.calls.push({ phrase: '', blocks: [{ type: 'paragraph', text: '' }] }); // an empty call with an empty paragraph
  return r;
}

describe('lossless drafts (schema 2)', () => {
  it('every unfinished state the editor can reach is saved and reopened identical, and the file is schema 2', async () => {
    const s = session();
    const d = await s.create();
    const c = sampleContribution();
    c.proposals[1].draft = unfinished();
    await s.update(d.docId, { settings: c.settings, proposals: c.proposals });
    const path = join(root, 'unfinished.resdraft');
    await s.saveAs(d.docId, path, '.resdraft');
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(2);
    expect(readContributionFile(path).contribution.proposals[1].draft).toEqual(unfinished());
    const reopened = await session().open(path);
    expect(reopened.contribution.proposals[1].draft).toEqual(unfinished());
    expect(reopened.contribution.proposals[0].draft).toEqual(c.proposals[0].draft);
  });

  it('the text layout of an unfinished draft names the part in the user’s terms, never a line number', () => {
    const r = fromText(adoptedText('34'));
    const resolves = r.calls.find((c) => c.blocks.some((b) => b.type === 'list' && b.items.length >= 3))!;
    const list = resolves.blocks.find((b) => b.type === 'list' && b.items.length >= 3)!;
    if (list.type !== 'list') throw new Error('a call has a list');
    list.items[2].text = '';
    const phrase = resolves.phrase.length > 50 ? `${resolves.phrase.slice(0, 47)}…` : resolves.phrase;
    const error = (() => {
      try {
        draftTextOf({ draft: r }, 'proposal 1 (Resolution 34)');
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DraftLayoutError);
    expect(error!.message).toBe(`proposal 1 (Resolution 34): item ${list.kind === 'alpha' ? 'c)' : '3'} of *${phrase}* is empty`);
    expect(error!.message).not.toMatch(/line \d/);

    const p = fromText(adoptedText('34'));
    const considering = p.calls[0];
    considering.blocks.splice(1, 0, { type: 'paragraph', text: 'that something was said' });
    expect(() => draftTextOf({ draft: p })).toThrow(new RegExp(`^the paragraph after \\*${considering.phrase}\\*( [a-z0-9]+\\)?)? has no end punctuation \\(, ; \\. or :\\)$`));
    const q = fromText(adoptedText('34'));
    expect(() => draftTextOf({ draft: { ...q, calls: [...q.calls, { phrase: 'instructs', blocks: [] }] } })).toThrow(/^the call \*instructs\* has no paragraph or item under it$/);
    expect(() => draftTextOf({ draft: fromText(adoptedText('34')) })).not.toThrow();
    expect(draftTextOf({ draft: fromText(adoptedText('34')) })).toBe(adoptedText('34'));
  });
});

describe('schema 1 files', () => {
  function v1File(path: string): string {
    const c = sampleContribution();
    const text = adoptedText('34').replace('Kigali, 2022', 'Baku, 2025');
    const lines = text.split('\n');
    // a paragraph that lost its end punctuation, then an item left empty: both reachable in the editor
    const para = lines.findIndex((l, i) => i > 3 && !l.includes('\t') && /[,;.:]$/.test(l));
    lines[para] = lines[para].replace(/[,;.:]$/, '');
    const item = lines.findIndex((l) => l.includes('\t'));
    lines[item] = lines[item].split('\t')[0] + '\t';
    const v1 = {
      format: 'resolution-drafter-contribution',
      schemaVersion: 1,
      settings: c.settings,
      proposals: [{ id: 'p-34', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: lines.join('\n'), reasons: 'r' }],
      versions: [
        { id: 'v1', name: 'national draft', time: '2025-03-01T10:00:00.000Z', author: 'APT', proposals: [{ id: 'p-34', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: text, reasons: 'r' }] },
        { id: 'v2', name: 'Saved', time: '2025-03-02T10:00:00.000Z', author: 'APT', proposals: [{ id: 'p-34', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: lines.join('\n'), reasons: 'r' }] },
      ],
    };
    const bytes = JSON.stringify(v1, null, 2) + '\n';
    writeFileSync(path, bytes);
    return bytes;
  }

  it('opens without being written; its unfinished parts come back as they were (a paragraph stays a paragraph)', async () => {
    const path = join(root, 'old.resdraft');
    const bytes = v1File(path);
    const s = session();
    const d = await s.open(path);
    expect(readFileSync(path, 'utf8')).toBe(bytes);
    const draft = d.contribution.proposals[0].draft;
    const considering = draft.calls[0];
    expect(draft.calls.map((c) => c.phrase)).toEqual(fromText(adoptedText('34')).calls.map((c) => c.phrase));
    expect(considering.blocks.every((b) => b.type !== 'paragraph' || b.text !== '')).toBe(true);
    expect(JSON.stringify(draft)).toContain('"text":""');
    expect(s.listVersions(d.docId).map((v) => [v.name, v.kind])).toEqual([['national draft', 'named'], ['Saved', 'saved']]);
    expect(s.getVersion(d.docId, 'v1').proposals[0].draft).toEqual(fromText(adoptedText('34').replace('Kigali, 2022', 'Baku, 2025')));
  });

  it('the first save rewrites it in schema 2 and keeps its old bytes beside it until the next successful save', async () => {
    const path = join(root, 'old.resdraft');
    const bytes = v1File(path);
    const s = session();
    const d = await s.open(path);
    await s.save(d.docId);
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(2);
    expect(readFileSync(v1BackupPath(path), 'utf8')).toBe(bytes);
    const c = s.content(d.docId);
    c.proposals[0].reasons = 'changed';
    await s.update(d.docId, c);
    await s.save(d.docId);
    expect(existsSync(v1BackupPath(path))).toBe(false);
    expect(readdirSync(root).filter((n) => !n.startsWith('.'))).toEqual(['old.resdraft']);
    expect(readContributionFile(path).contribution.versions.map((v) => v.name)).toEqual(['national draft', 'Saved', 'Saved']);
  });

  it('the serialisation of a schema 2 file reads back to the same contribution', () => {
    const c = sampleContribution();
    c.proposals[0].draft = unfinished();
    const path = join(root, 'x.resdraft');
    writeFileSync(path, serializeContribution(c));
    expect(readContributionFile(path).contribution).toEqual(c);
  });
});
