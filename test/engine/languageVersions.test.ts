/**
 * Two language versions of one resolution side by side (issue 24, point 5): the engine pairs
 * their lines by structural place (head line, call, paragraph, item, footnote), whatever the
 * words, labels and script; a place one version lacks stands alone, in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairLanguageVersions, structuralPlaces } from '../../shared/engine/languageVersions';
import { fromText } from '../../shared/text/fromText';

const EN = `RESOLUTION 90 (Rev. Kigali, 2022)
Open-source software
The World Telecommunication Development Conference (Kigali, 2022),
considering
a)\tthat open-source software helps development;
b)\tthat it lowers costs[^1],
resolves
1\tto encourage its use;
2\tto share experience:
i)\tin workshops;
ii)\tin reports.
[^1]: Costs of licences.`;

const FR = `RÉSOLUTION 90 (Rév. Kigali, 2022)
Logiciels libres
La Conférence mondiale de développement des télécommunications (Kigali, 2022),
considérant
a)\tque les logiciels libres favorisent le développement;
b)\tqu'ils réduisent les coûts[^1],
décide
1\td'encourager leur utilisation;
2\tde partager l'expérience:
i)\tdans des ateliers;
ii)\tdans des rapports.
[^1]: Coût des licences.`;

describe('language versions side by side', () => {
  it('the English and French versions pair line for line: calls, labels, sub-items and the footnote', () => {
    const pairs = pairLanguageVersions(fromText(EN), fromText(FR));
    expect(pairs.every((p) => p.left && p.right)).toBe(true);
    const at = (place: string) => pairs.find((p) => p.place === place)!;
    expect(at('call 1').left!.text).toBe('considering');
    expect(at('call 1').right!.text).toBe('considérant');
    expect(at('call 2').right!.text).toBe('décide');
    expect(at('call 1 › block 1 › item 2').right!.text).toBe("qu'ils réduisent les coûts[^1],");
    expect(at('call 2 › block 1 › item 2.1')).toMatchObject({ kind: 'item', left: { label: 'i)', text: 'in workshops;' }, right: { label: 'i)', text: 'dans des ateliers;' } });
    expect(at('footnote 1').right!.text).toBe('Coût des licences.');
    expect(pairs.map((p) => p.place)).toEqual(structuralPlaces(fromText(EN)));
  });

  it('a place only one version has stands alone where it is, the others still paired', () => {
    const fr = FR.replace("b)\tqu'ils réduisent les coûts[^1],\n", "b)\tqu'ils réduisent les coûts[^1];\nc)\tqu'ils sont sûrs,\n").replace('ii)\tdans des rapports.\n', '');
    const pairs = pairLanguageVersions(fromText(EN), fromText(fr));
    const places = pairs.map((p) => `${p.place}:${p.left ? 'L' : ''}${p.right ? 'R' : ''}`);
    expect(places).toContain('call 1 › block 1 › item 3:R');
    expect(places.indexOf('call 1 › block 1 › item 3:R')).toBe(places.indexOf('call 1 › block 1 › item 2:LR') + 1);
    expect(places).toContain('call 2 › block 1 › item 2.2:L');
    expect(places.filter((p) => p.endsWith(':LR'))).toHaveLength(places.length - 2);
  });

  it('Arabic labels (أ, ب) stand at the places of a), b): paired by position, not by their letters', () => {
    const ar = readFileSync('test/fixtures/i18n/ar/res-34.txt', 'utf8');
    const arabic = fromText(ar);
    const pairs = pairLanguageVersions(arabic, arabic);
    const first = pairs.find((p) => p.place === 'call 1 › block 1 › item 1')!;
    expect(first.left!.label).toBe('أ)');
    expect(pairs.every((p) => p.left === p.right || (p.left && p.right && p.left.text === p.right.text))).toBe(true);
    const english = fromText(readFileSync('resources/baseline/kigali-2022/res-34.txt', 'utf8'));
    const mixed = pairLanguageVersions(english, arabic);
    const a = mixed.find((p) => p.place === 'call 1 › block 1 › item 1')!;
    expect([a.left!.label, a.right!.label]).toEqual(['a)', 'أ)']);
  });
});
