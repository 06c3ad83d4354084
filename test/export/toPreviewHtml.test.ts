import { describe, expect, it } from 'vitest';
import { toPreviewHtml } from '../../shared/export/toPreviewHtml';
import { changeSet, del, eq, head, ins, inserted, kept, settings } from './handMade';

const rows = [
  ...head(true),
  kept('call', [eq('considering')]),
  kept('item', [eq('the '), del('old'), ins('new'), eq(' text[^1];')], ['a)', 'a)']),
  inserted('item', 'another item.', 'b)'),
  kept('footnote', [eq('A note.')], ['[^1]', '[^1]']),
];

describe('toPreviewHtml', () => {
  const marked = toPreviewHtml(
    {
      settings: settings(),
      proposals: [
        { symbol: 'MOD', number: 'ACP/23A1/1', changes: changeSet(rows), reasons: 'To update it.' },
        { symbol: 'SUP', number: 'ACP/23A1/2', changes: changeSet(rows), reasons: 'Obsolete.' },
      ],
    },
    { date: '2025-03-04T00:00:00Z' },
  );

  it('is a complete printable page with the cover block', () => {
    expect(marked).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(marked).toContain('@page { size: A4;');
    for (const text of ['PLENARY MEETING', 'Addendum 1 to Document WTDC-25/23-E', '4 March 2025', 'Original: English', 'Member States of the Asia-Pacific Telecommunity', 'delegate@example.org']) {
      expect(marked).toContain(text);
    }
  });

  it('prints the ITU page header on every page after the first (`- N -` and the reference), escaped for CSS', () => {
    expect(marked).toContain('@page { @top-center { content: "- " counter(page) " -\\A WTDC-25/23(Add.1)-E";');
    expect(marked).toContain('@page :first { @top-center { content: none; } }');
    const s = settings();
    s.documentNumber = '9"</style><script>x()</script>';
    const hostile = toPreviewHtml({ settings: s, proposals: [] }, { date: '2025-03-04T00:00:00Z' });
    const style = hostile.slice(hostile.indexOf('<style>'), hostile.indexOf('</style>'));
    expect(style).toContain('content: "- " counter(page) " -\\A WTDC-25/9\\22 \\3c /style\\3e \\3c script\\3e x()\\3c /script\\3e (Add.1)-E";');
    expect(hostile.match(/<\/style>/g)).toHaveLength(1);
  });

  it('shows MOD marks as <ins>/<del>, relabels and footnotes, then Reasons', () => {
    const mod = marked.split('data-symbol="MOD"')[1].split('</section>')[0];
    expect(mod).toContain('MOD<span class="rd-number">ACP/23A1/1</span>');
    expect(mod).toContain('<del>old</del><ins>new</ins>');
    expect(mod).toContain('<del>Kigali, 2022</del><ins>Baku, 2025</ins>');
    expect(mod).toMatch(/class="rd-row rd-item rd-inserted[^"]*"><span class="rd-label"><ins>b\)<\/ins><\/span><ins>another item\.<\/ins>/);
    expect(mod).toContain('<sup class="rd-fnref">1</sup>');
    expect(mod).toContain('<strong>Reasons:</strong> To update it.');
  });

  it('shows SUP as number and title only, unmarked', () => {
    const sup = marked.split('data-symbol="SUP"')[1].split('</section>')[0];
    expect(sup).toContain('RESOLUTION 99 (Rev. Kigali, 2022)');
    expect(sup).toContain('Testing the exporter');
    expect(sup).not.toMatch(/<ins|<del|considering/);
  });

  it('clean mode shows the proposed text without marks', () => {
    const clean = toPreviewHtml({ settings: settings(), proposals: [{ symbol: 'MOD', number: '1', changes: changeSet(rows), reasons: '' }] }, { mode: 'clean', date: '2025-03-04T00:00:00Z' });
    expect(clean).not.toMatch(/<ins|<del/);
    expect(clean).toContain('the new text<sup class="rd-fnref">1</sup>;');
    expect(clean).toContain('RESOLUTION 99 (Rev. Baku, 2025)');
  });
});
