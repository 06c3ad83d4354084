/**
 * The host opens a Word contribution a colleague revised (desktop: from File > Open's dialog,
 * which offers Word documents too; any host: importWordDocument) as a new, untitled contribution
 * holding the colleague's changes for review. The document is only read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../main/services/docx/toDocx';
import { Corpus } from '../../main/services/corpus';
import type { OpenDocument } from '../../shared/host/hostApi';
import { compare } from '../../shared/engine/compare';
import { fromText } from '../../shared/text/fromText';
import { toText } from '../../shared/text/toText';
import { settings } from '../export/handMade';
import { hostFixture } from '../ipc/hostFixture';
import { trackedReplace } from './colleagueDocx';

const corpus = new Corpus();
const SENT = corpus.text('34').replace('that there is a growing general awareness', 'that there is a strong and growing awareness');

async function revisedDocx(path: string): Promise<Buffer> {
  const changes = compare(corpus.resolution('34'), fromText(SENT));
  const docx = await toDocx({ settings: settings(), proposals: [{ symbol: 'MOD', number: 'ACP/23A1/1', changes, reasons: 'Reasons.' }] }, { author: 'Delegate A' });
  writeFileSync(path, trackedReplace(docx, 'potentially serious', 'very serious', 'Jane Colleague'));
  return readFileSync(path);
}

describe('the host opens a revised Word document for review', () => {
  it('File > Open (dialog) and importWordDocument give a new contribution with the pending review', async () => {
    const asked: string[] = [];
    let chosen = '';
    const f = hostFixture({
      chooseOpenPath: async (_dir, kind) => {
        asked.push(kind ?? 'contribution');
        return chosen;
      },
      chooseSavePath: async () => null,
    });
    try {
      chosen = join(f.root, 'returned.docx');
      const bytes = await revisedDocx(chosen);
      for (const opened of [(await f.handlers.openContribution([])) as OpenDocument, (await f.handlers.importWordDocument([])) as OpenDocument]) {
        expect(opened.path).toBeNull();
        expect(opened.dirty).toBe(true);
        const [p] = opened.contribution.proposals;
        expect(p.baseline).toEqual({ edition: 'kigali-2022', number: '34' });
        expect(toText(p.draft)).toBe(SENT.replace('potentially serious', 'very serious'));
        expect(p.review?.authors).toEqual(['Jane Colleague']);
        expect(toText(p.review!.before)).toBe(SENT);
        expect(p.review?.source).toBe('returned.docx');
      }
      expect(asked).toEqual(['contribution', 'docx']);
      expect(readFileSync(chosen).equals(bytes)).toBe(true);
      // the browser host lists the Word documents in the data folder
      await revisedDocx(join(f.folders.documents, 'in-folder.docx'));
      expect(((await f.handlers.listWordDocuments([])) as Array<{ name: string }>).map((e) => e.name)).toEqual(['in-folder.docx']);
      const fromList = (await f.handlers.importWordDocument([join(f.folders.documents, 'in-folder.docx')])) as OpenDocument;
      expect(fromList.contribution.proposals[0].review?.authors).toEqual(['Jane Colleague']);
    } finally {
      f.dispose();
    }
  });

  it('a damaged document is refused with its name', async () => {
    const f = hostFixture();
    try {
      const path = join(f.folders.documents, 'broken.docx');
      writeFileSync(path, 'PK not really');
      await expect(f.handlers.importWordDocument([path])).rejects.toThrow(/broken\.docx: is not a Word \.docx document/);
      expect(readFileSync(path, 'utf8')).toBe('PK not really');
    } finally {
      f.dispose();
    }
  });
});
