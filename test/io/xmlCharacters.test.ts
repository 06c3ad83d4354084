import { describe, expect, it } from 'vitest';
import { newContribution } from '../../shared/contribution/newContribution';
import { draftModel } from '../support/draftModel';
import { checkContributionCharacters, ForbiddenCharacterError } from '../../shared/text/contributionCharacters';
import { ResolutionParseError } from '../../shared/text/parseError';
import { checkXmlCharacters, findXmlForbidden } from '../../shared/text/xmlCharacters';

const DRAFT = 'RESOLUTION 34 (Rev. Baku, 2025)\nTitle\nThe World Telecommunication Development Conference (Baku, 2025),\nconsidering\na)\tthat one,\nb)\tthat two,\nresolves\nto act.\n';

function thrown(f: () => void): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a refusal');
}

describe('characters XML 1.0 forbids', () => {
  it('finds C0 controls, U+FFFE, U+FFFF and lone surrogates, and nothing XML allows', () => {
    for (const bad of ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', 'x\uDC00y']) {
      expect(findXmlForbidden(`ok ${bad}`), JSON.stringify(bad)).not.toBeNull();
    }
    for (const ok of ['\t', '\n', '\r', '\u00A0', '\u2011', '\uFFFD', '\u{1F600}', '\uE000', '\u0085']) {
      expect(findXmlForbidden(`ok ${ok}`), JSON.stringify(ok)).toBeNull();
    }
    expect(findXmlForbidden('ab\uFFFE')).toEqual({ index: 2, code: 'U+FFFE', kind: 'a noncharacter' });
  });

  it('a resolution text is refused with the line and column named', () => {
    const e = thrown(() => checkXmlCharacters(DRAFT.replace('that two', 'that t\uFFFFwo')));
    expect(e).toBeInstanceOf(ResolutionParseError);
    expect(e.message).toBe('line 6: character U+FFFF (a noncharacter) at column 10 cannot be written to a Word document; remove it');
  });

  it('a contribution is refused with the place named: cover field, draft item, reasons', () => {
    const c = newContribution(2025);
    c.proposals = [
      { id: 'a', baseline: { edition: 'kigali-2022', number: '5' }, symbol: 'auto', draft: draftModel(DRAFT), reasons: 'fine' },
      { id: 'b', baseline: { edition: 'kigali-2022', number: '34' }, symbol: 'auto', draft: draftModel(DRAFT), reasons: 'fine' },
    ];
    expect(() => checkContributionCharacters(c)).not.toThrow();
    const cover = structuredClone(c);
    cover.settings.cover.title = 'A \uFFFE title';
    expect(thrown(() => checkContributionCharacters(cover)).message).toBe('cover field "title": character U+FFFE (a noncharacter) at column 3 cannot be written to a Word document; remove it');
    const draft = structuredClone(c);
    draft.proposals[1].draft = draftModel(DRAFT.replace('that two', 'that \uFFFEtwo'));
    const e = thrown(() => checkContributionCharacters(draft));
    expect(e).toBeInstanceOf(ForbiddenCharacterError);
    expect(e.message).toBe('proposal 2 (Resolution 34), draft: item "b)" under "considering": character U+FFFE (a noncharacter) at column 6 cannot be written to a Word document; remove it');
    const reasons = structuredClone(c);
    reasons.proposals[0].reasons = 'because\u0007';
    expect(thrown(() => checkContributionCharacters(reasons)).message).toMatch(/^proposal 1 \(Resolution 5\), reasons: character U\+0007 \(a control character\) at column 8/);
    const source = structuredClone(c);
    source.settings.source = 'APT\uD800';
    expect(thrown(() => checkContributionCharacters(source)).message).toMatch(/^the source: character U\+D800 \(half of a surrogate pair\)/);
  });
});
