import { describe, expect, it } from 'vitest';
import type { ExportContribution, ExportProposal } from '../../shared/export/exportTypes';
import { toDocx } from '../../main/services/docx/toDocx';
import { resolutionsIn } from '../lo/loReadBack';
import { countMarks, docxParts, readDocx } from './docxRead';
import { changeSet, del, deleted, eq, head, ins, inserted, kept, settings } from './handMade';

const DATE = '2025-05-01T10:00:00Z';

function contribution(...proposals: Array<Partial<ExportProposal> & Pick<ExportProposal, 'changes'>>): ExportContribution {
  return {
    settings: settings(),
    proposals: proposals.map((p, i) => ({ symbol: 'MOD', number: `ACP/23A1/${i + 1}`, reasons: `Reason ${i + 1}.`, ...p })),
  };
}

async function exportOne(rows: Parameters<typeof changeSet>[0], mode: 'marked' | 'clean' = 'marked'): Promise<Uint8Array> {
  return toDocx(contribution({ changes: changeSet(rows) }), { date: DATE, author: 'APT', mode });
}

/** The resolution of the first proposal after accepting or rejecting everything. */
function resolution(bytes: Uint8Array, mode: 'accept' | 'reject' | 'asIs'): string[] {
  return resolutionsIn(readDocx(bytes, mode))[0].trimEnd().split('\n');
}

describe('toDocx: Word revision marks', () => {
  it('marks replaced words with w:del/w:ins carrying author and date', async () => {
    const bytes = await exportOne([...head(), kept('call', [eq('considering')]), kept('item', [eq('that the '), del('old'), ins('new'), eq(' text;')], ['a)', 'a)'])]);
    const { document } = docxParts(bytes);
    expect(document).toMatch(/<w:del w:id="\d+" w:author="APT" w:date="2025-05-01T10:00:00Z"><w:r><w:delText xml:space="preserve">old<\/w:delText><\/w:r><\/w:del>/);
    expect(document).toMatch(/<w:ins w:id="\d+" w:author="APT" w:date="2025-05-01T10:00:00Z"><w:r><w:t xml:space="preserve">new<\/w:t><\/w:r><\/w:ins>/);
    expect(resolution(bytes, 'accept').at(-1)).toBe('a)\tthat the new text;');
    expect(resolution(bytes, 'reject').at(-1)).toBe('a)\tthat the old text;');
    expect(countMarks(bytes)).toEqual({ ins: 1, del: 1 });
  });

  it('gives every revision its own id', async () => {
    const bytes = await exportOne([...head(true), kept('call', [eq('considering')]), inserted('item', 'x;', 'a)')]);
    const ids = [...docxParts(bytes).document.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks the number and conference lines when the conference changes', async () => {
    const bytes = await exportOne([...head(true), kept('call', [eq('considering')]), kept('paragraph', [eq('text.')])]);
    expect(resolution(bytes, 'accept').slice(0, 3)).toEqual(['RESOLUTION 99 (Rev. Baku, 2025)', 'Testing the exporter', 'The World Telecommunication Development Conference (Baku, 2025),']);
    expect(resolution(bytes, 'reject')[0]).toBe('RESOLUTION 99 (Rev. Kigali, 2022)');
  });

  it('marks a relabel: the old label struck, the new one inserted, the tab kept', async () => {
    const bytes = await exportOne([...head(), kept('call', [eq('considering')]), kept('item', [eq('first;')], ['a)', 'a)']), inserted('item', 'new second;', 'b)'), kept('item', [eq('old second.')], ['b)', 'c)'])]);
    const { document } = docxParts(bytes);
    expect(document).toMatch(/<w:delText xml:space="preserve">b\)<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">c\)<\/w:t><\/w:r><\/w:ins><w:r><w:tab\/><\/w:r>/);
    expect(resolution(bytes, 'accept').slice(4)).toEqual(['a)\tfirst;', 'b)\tnew second;', 'c)\told second.']);
    expect(resolution(bytes, 'reject').slice(4)).toEqual(['a)\tfirst;', 'b)\told second.']);
  });

  it('encodes an inserted paragraph as Word does: its content and its own paragraph mark inserted', async () => {
    const bytes = await exportOne([...head(), kept('call', [eq('considering')]), inserted('item', 'brand new;', 'a)'), kept('item', [eq('kept.')], ['a)', 'b)'])]);
    const { document } = docxParts(bytes);
    const para = /<w:p><w:pPr><w:pStyle w:val="enumlev1"\/><w:tabs><w:tab w:val="left" w:pos="794"\/><\/w:tabs><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr>(.*?)<\/w:p>/.exec(document);
    expect(para).not.toBeNull();
    expect(para![1]).not.toMatch(/<w:r>(?!<w:)/); // every run of it sits inside w:ins
    expect(para![1].replace(/<w:ins [^>]*>|<\/w:ins>/g, '')).toBe('<w:r><w:t xml:space="preserve">a)</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">brand new;</w:t></w:r>');
    expect(resolution(bytes, 'reject').slice(3)).toEqual(['considering', 'a)\tkept.']);
  });

  it('marks a deleted paragraph and its paragraph mark as deleted', async () => {
    const bytes = await exportOne([...head(), kept('call', [eq('considering')]), deleted('item', 'gone;', 'a)'), kept('item', [eq('kept.')], ['b)', 'a)'])]);
    expect(docxParts(bytes).document).toMatch(/<w:rPr><w:del w:id="\d+" w:author="APT" w:date="[^"]+"\/><\/w:rPr><\/w:pPr><w:del /);
    expect(resolution(bytes, 'accept').slice(3)).toEqual(['considering', 'a)\tkept.']);
    expect(resolution(bytes, 'reject').slice(3)).toEqual(['considering', 'a)\tgone;', 'b)\tkept.']);
  });

  it('keeps an unlabelled paragraph that gains a label, marking the label and tab', async () => {
    const bytes = await exportOne([...head(), kept('call', [eq('considering')]), kept('item', [eq('text.')], [undefined, '–'])]);
    expect(resolution(bytes, 'accept').at(-1)).toBe('–\ttext.');
    expect(resolution(bytes, 'reject').at(-1)).toBe('text.');
  });
});

describe('toDocx: footnotes', () => {
  const note = (label: [string?, string?], spans: Parameters<typeof kept>[1]) => kept('footnote', spans, label);

  it('writes real Word footnotes with their own marks', async () => {
    const bytes = await exportOne([
      ...head(),
      kept('call', [eq('considering')]),
      kept('item', [eq('developing[^1] countries;')], ['a)', 'a)']),
      note(['[^1]', '[^1]'], [eq('These include the '), ins('least '), eq('developed countries.')]),
    ]);
    const { document, footnotes } = docxParts(bytes);
    expect(document).toMatch(/<w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/><\/w:r>/);
    expect(footnotes).toMatch(/<w:footnote w:id="1">.*<w:ins [^>]*><w:r><w:t xml:space="preserve">least <\/w:t><\/w:r><\/w:ins>/);
    expect(resolution(bytes, 'accept')).toContain('[^1]: These include the least developed countries.');
    expect(resolution(bytes, 'reject')).toContain('[^1]: These include the developed countries.');
  });

  it('keeps one footnote when only its number changed (an equal reference renumbered from [^2] to [^1])', async () => {
    const bytes = await exportOne([
      ...head(),
      kept('call', [eq('considering')]),
      kept('item', [eq('first'), del('[^1]'), eq(' item;')], ['a)', 'a)']),
      kept('item', [eq('second'), { op: 'equal', text: '[^1]', baseText: '[^2]' }, eq(' item.')], ['b)', 'b)']),
      deleted('footnote', 'Gone note.', '[^1]'),
      note(['[^2]', '[^1]'], [eq('Kept note.')]),
    ]);
    const { document } = docxParts(bytes);
    expect((document.match(/<w:footnoteReference /g) ?? []).length).toBe(2);
    expect(document).toMatch(/<w:t xml:space="preserve">second<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="2"\/><\/w:r>/);
    expect(resolution(bytes, 'accept').slice(4)).toEqual(['a)\tfirst item;', 'b)\tsecond[^1] item.', '[^1]: Kept note.']);
    expect(resolution(bytes, 'reject').slice(4)).toEqual(['a)\tfirst[^1] item;', 'b)\tsecond[^2] item.', '[^1]: Gone note.', '[^2]: Kept note.']);
  });

  it('numbers footnote ids in reading order and restarts numbering in each proposal section', async () => {
    const rows = [...head(), kept('call', [eq('considering')]), kept('item', [eq('a'), ins('[^1]'), eq(' b;')], ['a)', 'a)']), inserted('footnote', 'New.', '[^1]')];
    const bytes = await toDocx(contribution({ changes: changeSet(rows) }, { changes: changeSet(rows) }), { date: DATE });
    const { document } = docxParts(bytes);
    expect([...document.matchAll(/<w:footnoteReference w:id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
    expect((document.match(/<w:numRestart w:val="eachSect"\/>/g) ?? []).length).toBe(2);
    // the first proposal starts a new page after the cover, the second follows on
    expect([...document.matchAll(/<w:type w:val="(\w+)"\/>/g)].map((m) => m[1])).toEqual(['nextPage', 'continuous']);
    const accepted = resolutionsIn(readDocx(bytes, 'accept'));
    expect(accepted.map((r) => r.includes('a[^1] b;') && r.endsWith('[^1]: New.\n'))).toEqual([true, true]);
    expect(resolutionsIn(readDocx(bytes, 'reject'))[1]).not.toContain('[^');
  });
});

describe('toDocx: symbols, clean export, cover and typography', () => {
  const rows = [...head(true), kept('call', [eq('considering')]), kept('item', [eq('the '), del('old'), ins('new'), eq(' text.')], ['a)', 'a)'])];

  it('--clean writes the proposed text with no revision marks', async () => {
    const bytes = await exportOne(rows, 'clean');
    expect(countMarks(bytes)).toEqual({ ins: 0, del: 0 });
    expect(resolution(bytes, 'asIs')).toEqual(['RESOLUTION 99 (Rev. Baku, 2025)', 'Testing the exporter', 'The World Telecommunication Development Conference (Baku, 2025),', 'considering', 'a)\tthe new text.']);
  });

  it('prints SYMBOL<TAB>number above and Reasons: below each proposal; SUP and NOC give number and title only, ADD no marks', async () => {
    const bytes = await toDocx(
      contribution({ changes: changeSet(rows) }, { symbol: 'SUP', changes: changeSet(rows.map((r) => ({ ...r }))) }, { symbol: 'NOC', changes: changeSet(head()) }, { symbol: 'ADD', changes: changeSet(rows) }),
      { date: DATE },
    );
    const paras = readDocx(bytes, 'asIs').paragraphs;
    const from = paras.indexOf('MOD\tACP/23A1/1');
    expect(from).toBeGreaterThan(0);
    const tail = paras.slice(from);
    expect(tail.filter((p) => /^(MOD|SUP|NOC|ADD)\t/.test(p))).toEqual(['MOD\tACP/23A1/1', 'SUP\tACP/23A1/2', 'NOC\tACP/23A1/3', 'ADD\tACP/23A1/4']);
    expect(tail.filter((p) => p.startsWith('Reasons:'))).toEqual(['Reasons:\tReason 1.', 'Reasons:\tReason 2.', 'Reasons:\tReason 3.', 'Reasons:\tReason 4.']);
    const sup = tail.slice(tail.indexOf('SUP\tACP/23A1/2') + 1, tail.indexOf('Reasons:\tReason 2.'));
    expect(sup).toEqual(['RESOLUTION 99 (Rev. Kigali, 2022)', 'Testing the exporter']);
    const noc = tail.slice(tail.indexOf('NOC\tACP/23A1/3') + 1, tail.indexOf('Reasons:\tReason 3.'));
    expect(noc).toEqual(['RESOLUTION 99 (Rev. Kigali, 2022)', 'Testing the exporter']);
    const add = docxParts(bytes).document.split('ADD</w:t>')[1];
    expect(add).not.toMatch(/<w:(ins|del) /);
  });

  it('writes the cover block from the contribution settings', async () => {
    const bytes = await exportOne(rows);
    const paras = readDocx(bytes, 'asIs').paragraphs;
    expect(paras.slice(0, paras.indexOf('MOD\tACP/23A1/1'))).toEqual([
      'World Telecommunication Development Conference 2025 (WTDC-25)',
      'Baku, Azerbaijan, 17-28 November 2025',
      'PLENARY MEETING',
      'Addendum 1 to Document WTDC-25/23-E',
      '1 May 2025',
      'Original: English',
      'Source:\tMember States of the Asia-Pacific Telecommunity',
      'Title:\tProposed modification of Resolution 99',
      'Priority area:\tResolutions and Recommendations',
      'Summary:\tAPT proposes to update the resolution.',
      'Expected results:\tAdoption of the modifications.',
      'References:\tResolution 99 (Rev. Kigali, 2022)',
      'Contact:',
      'Name/Organization/Entity:\tMs A. Delegate, APT',
      'Phone number:\t+66 2 000 0000',
      'E-mail:\tdelegate@example.org',
    ]);
  });

  it('uses ITU typography: Times New Roman 12 pt, italic calls, hanging item labels, styled number line and title', async () => {
    const bytes = await exportOne(rows);
    const { styles, document } = docxParts(bytes);
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="24"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Call">.*?<w:i\/>.*?<\/w:style>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="enumlev1">.*?<w:ind w:left="794" w:hanging="794"\/>.*?<\/w:style>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="ResNo">.*?<w:jc w:val="center"\/>.*?<w:caps\/>.*?<\/w:style>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Restitle">.*?<w:jc w:val="center"\/>.*?<w:b\/>.*?<\/w:style>/);
    expect(document).toMatch(/<w:pStyle w:val="Call"\/>.*considering/);
    // items: the label, a tab, and the text from an explicit tab stop at the hanging indent
    expect(document).toMatch(/<w:pStyle w:val="enumlev1"\/><w:tabs><w:tab w:val="left" w:pos="794"\/><\/w:tabs><\/w:pPr><w:r><w:t xml:space="preserve">a\)<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>/);
  });

  it('leaves out the cover fields that are empty (no empty "Phone number:"), and the contact block when it is all empty', async () => {
    const c = contribution({ changes: changeSet(rows) });
    c.settings.cover.priorityArea = '';
    c.settings.cover.contact.phone = '  ';
    const paras = readDocx(await toDocx(c, { date: DATE }), 'asIs').paragraphs;
    const cover = paras.slice(0, paras.indexOf('MOD\tACP/23A1/1'));
    expect(cover.filter((p) => /^(Priority area|Phone number):/.test(p))).toEqual([]);
    expect(cover.filter((p) => /:\t?$/.test(p) && p !== 'Contact:')).toEqual([]);
    expect(cover).toContain('E-mail:\tdelegate@example.org');
    c.settings.cover.contact = { name: '', organization: '', phone: '', email: '' };
    c.settings.source = '';
    const bare = readDocx(await toDocx(c, { date: DATE }), 'asIs').paragraphs;
    expect(bare.slice(0, bare.indexOf('MOD\tACP/23A1/1')).filter((p) => /^(Contact|Source|Name\/Organization\/Entity|E-mail):/.test(p))).toEqual([]);
  });

  it('names the conference as ITU covers do, "… Conference 2029 (WTDC-29)", from the target year', async () => {
    const c = contribution({ changes: changeSet(rows) });
    for (const [name, year, expected] of [
      ['World Telecommunication Development Conference', 2029, 'World Telecommunication Development Conference 2029 (WTDC-29)'],
      ['World Telecommunication Development Conference (WTDC-25)', 2025, 'World Telecommunication Development Conference 2025 (WTDC-25)'],
      // read back from an export, the name holds year and short name already: they follow the target year
      ['World Telecommunication Development Conference 2025 (WTDC-25)', 2029, 'World Telecommunication Development Conference 2029 (WTDC-29)'],
    ] as const) {
      c.settings.conference = { ...c.settings.conference, name, year };
      expect(readDocx(await toDocx(c, { date: DATE }), 'asIs').paragraphs[0], name).toBe(expected);
    }
  });

  it('signs the revisions with a short name: the setting, else the source\'s short code (never the whole Source)', async () => {
    const authors = async (change: (s: ExportContribution['settings']) => void): Promise<string[]> => {
      const c = contribution({ changes: changeSet([...head(true)]) });
      change(c.settings);
      return [...new Set([...docxParts(await toDocx(c, { date: DATE })).document.matchAll(/w:author="([^"]*)"/g)].map((m) => m[1]))];
    };
    expect(await authors(() => undefined)).toEqual(['ACP']); // from the proposal prefix ACP/23A1/
    expect(await authors((s) => (s.revisionAuthor = 'J. Doe'))).toEqual(['J. Doe']);
    expect(await authors((s) => (s.proposalSource = 'TST'))).toEqual(['TST']);
    for (const [source, code] of [
      ['Member States of the Asia-Pacific Telecommunity', 'ACP'],
      ['Member States of the European Conference of Postal and Telecommunications Administrations (CEPT)', 'EUR'],
      ['Member States of the Inter-American Telecommunication Commission (CITEL)', 'IAP'],
      ['ITU Member States, members of the Regional Commonwealth in the field of Communications (RCC)', 'RCC'],
      ['African Telecommunications Union Administrations', 'AFCP'],
      ['Arab States', 'ARB'],
      ['Kenya', 'Kenya'],
    ] as const) {
      expect(await authors((s) => ((s.proposalPrefix = ''), (s.source = source))), source).toEqual([code]);
    }
  });

  it('rejects an invalid date with a clear message', async () => {
    await expect(toDocx(contribution({ changes: changeSet(rows) }), { date: 'yesterday' })).rejects.toThrow(/invalid export date "yesterday"/);
  });
});

describe('toDocx: the paragraph holding the first footnote', () => {
  it('keeps its own paragraph mark unmarked, using the mark before it (LibreOffice drops a revision there)', async () => {
    const bytes = await exportOne([
      ...head(),
      kept('call', [eq('considering')]),
      deleted('item', 'gone[^1];', 'a)'),
      deleted('item', 'also gone;', 'b)'),
      kept('item', [eq('kept'), del('[^2]'), ins('[^1]'), eq('.')], ['c)', 'a)']),
      deleted('footnote', 'First note.', '[^1]'),
      kept('footnote', [eq('Second note.')], ['[^2]', '[^1]']),
    ]);
    const { document } = docxParts(bytes);
    const paragraphs = document.match(/<w:p>.*?<\/w:p>/g)!;
    const call = paragraphs.find((p) => p.includes('>considering<'))!;
    const first = paragraphs.find((p) => p.includes('>gone</w:delText>'))!;
    const second = paragraphs.find((p) => p.includes('>also gone;</w:delText>'))!;
    expect(call).toMatch(/<w:pPr><w:pStyle w:val="Call"\/><w:rPr><w:del /);
    expect(first).not.toMatch(/<w:pPr>.*<w:rPr><w:del /);
    expect(second).toMatch(/<w:pPr><w:pStyle w:val="enumlev1"\/><w:tabs>.*<\/w:tabs><w:rPr><w:del /);
    expect(resolution(bytes, 'accept').slice(3)).toEqual(['considering', 'a)\tkept[^1].', '[^1]: Second note.']);
    expect(resolution(bytes, 'reject').slice(3)).toEqual(['considering', 'a)\tgone[^1];', 'b)\talso gone;', 'c)\tkept[^2].', '[^1]: First note.', '[^2]: Second note.']);
  });
});
