import type { Corpus } from '../../main/services/corpus';
import { makeDocx, p, r } from './handDocx';

function escape(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Runs for a stretch of text: tabs as `w:tab`, non-breaking hyphens as `w:noBreakHyphen`, as Word writes them. */
function runs(text: string): string {
  return text
    .split('\t')
    .map((part, j) => (j > 0 ? '<w:r><w:tab/></w:r>' : '') + part.split('\u2011').map((t, k) => (k > 0 ? '<w:r><w:noBreakHyphen/></w:r>' : '') + (t ? r(escape(t)) : '')).join(''))
    .join('');
}

/**
 * An ITU-style Word document of adopted resolutions: each resolution of `numbers` (taken from the
 * corpus, renumbered by `renumber`) as paragraphs, its footnotes as real Word footnotes, a cover
 * note before the first one. The bench makes an 80-resolution edition with it; tests the 14.
 */
export function editionDocx(corpus: Corpus, count: number, renumber: (k: number, n: string) => string = (_k, n) => n): { docx: Uint8Array; text: string; chars: number } {
  const numbers = corpus.list().map((x) => x.number);
  const body: string[] = [p(r('Note by the Secretary-General')), p(r('The text of these resolutions is attached.'))];
  const notes: string[] = [];
  const textLines: string[] = [];
  let chars = 0;
  for (let k = 0; k < count; k++) {
    const n = numbers[k % numbers.length];
    const source = corpus.text(n).replace(/^RESOLUTION([ \u00a0])\d+/, (_m, sp: string) => `RESOLUTION${sp}${renumber(k, n)}`);
    const lines = source.trimEnd().split('\n');
    const bodies = lines.filter((l) => /^\[\^\d+\]: /.test(l)).map((l) => l.replace(/^\[\^\d+\]: /, ''));
    const text = lines.filter((l) => !/^\[\^\d+\]: /.test(l));
    text.forEach((line, li) => {
      chars += line.length;
      const xml = line.split(/\[\^(\d+)\]/).map((part, i) => {
        if (i % 2 === 0) return runs(part);
        const id = notes.length + 1;
        notes.push(`<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/></w:r>${runs(bodies[Number(part) - 1])}</w:p></w:footnote>`);
        return `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
      });
      body.push(p(`<w:bookmarkStart w:id="${k * 1000 + li}" w:name="_Toc${k}_${li}"/>${xml.join('')}<w:bookmarkEnd w:id="${k * 1000 + li}"/>`, { style: li === 0 ? 'ResNo' : li === 1 ? 'Restitle' : undefined }));
    });
    let m = 0;
    textLines.push(
      ...text.map((l) =>
        l.replace(/\[\^(\d+)\]/g, (_x, d: string) => {
          m++;
          return `[footnoteRef:${k * 10 + m}]${d} [${k * 10 + m}: ${d}\t${bodies[Number(d) - 1]}]`;
        }),
      ),
      '',
    );
  }
  return { docx: makeDocx({ body: body.join(''), footnotes: notes.join('') }), text: textLines.join('\n'), chars };
}
