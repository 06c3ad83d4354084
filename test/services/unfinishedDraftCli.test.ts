import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeContribution } from '../../main/services/contributionFile';
import { fromText } from '../../shared/text/fromText';
import { resdraft } from '../support/runCli';
import { adoptedText, sampleContribution } from './sampleContribution';

const dir = mkdtempSync(join(tmpdir(), 'resdraft-unfinished-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A contribution whose Resolution 34 draft has an empty item c) in its first list. */
function unfinishedFile(): { path: string; where: string } {
  const c = sampleContribution();
  const draft = fromText(adoptedText('34'));
  const call = draft.calls.find((k) => k.blocks.some((b) => b.type === 'list' && b.kind === 'alpha' && b.items.length >= 3))!;
  const list = call.blocks.find((b) => b.type === 'list' && b.kind === 'alpha' && b.items.length >= 3)!;
  if (list.type === 'list') list.items[2].text = '';
  c.proposals = [{ ...c.proposals[1], draft }];
  const path = join(dir, 'unfinished.resdraft');
  writeFileSync(path, serializeContribution(c));
  return { path, where: `item c) of *${call.phrase.length > 50 ? `${call.phrase.slice(0, 47)}…` : call.phrase}* is empty` };
}

describe('the CLI on a draft the text layout cannot hold', () => {
  it('compare and export name the part in the user’s terms (never a line of a hidden text) and write nothing', async () => {
    const { path, where } = unfinishedFile();
    const cmp = await resdraft(['compare', '34', `${path}#34`]);
    expect(cmp.code).toBe(2);
    expect(cmp.stderr).toContain(`unfinished.resdraft#34: the draft is not finished: ${where}`);
    expect(cmp.stderr).not.toMatch(/line \d/);
    const out = join(dir, 'out.docx');
    const exp = await resdraft(['export', path, '-o', out]);
    expect(exp.code).not.toBe(0);
    expect(exp.stderr).toContain(`proposal 1 (Resolution 34): the draft is not finished: ${where}`);
    expect(exp.stderr).not.toMatch(/line \d/);
    expect(existsSync(out)).toBe(false);
  }, 180_000);
});
