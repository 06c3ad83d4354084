/**
 * An ITU-style Word document of adopted resolutions in any of the six languages, written with our
 * own Word writer's pieces (the `docx` library, `ituStyles()`, `docxDirection.ts`): a note before
 * the first resolution, then each resolution one paragraph per layout line in the ITU styles
 * (ResNo, Restitle, Call, enumlev1–3), labels typed as `label<TAB>text`, footnotes as real Word
 * footnotes, and in Arabic every paragraph right to left. The edition import reads it as the ITU's
 * own document.
 */
import { Document, FootnoteReferenceRun, Packer, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import { docxDirection, paragraphDirection, runDirection } from '../../main/services/docx/docxDirection';
import { DEFAULT_TAB, STYLE, itemStyle, ituStyles } from '../../main/services/docx/docxStyles';
import { splitAtFootnoteRefs, footnoteRefNumber } from '../../shared/grammar/footnoteRef';
import type { LanguageCode } from '../../shared/grammar/resolutionLanguage';
import { listLabels } from '../../shared/grammar/labels';
import type { List, Resolution } from '../../shared/model/resolution';

/** The Word document (bytes) of `resolutions`, in `language`, with `note` as the paragraph before them. */
export async function editionDocx(resolutions: Resolution[], language: LanguageCode, note: string): Promise<Uint8Array> {
  const dir = docxDirection(language);
  const bidi = paragraphDirection(dir);
  const notes: Record<string, { children: Paragraph[] }> = {};
  let nextNote = 1;
  const runs = (text: string, res: Resolution): ParagraphChild[] =>
    splitAtFootnoteRefs(text)
      .filter((part) => part !== '')
      .map((part) => {
        const k = footnoteRefNumber(part);
        if (k === undefined) return new TextRun({ text: part, ...runDirection(dir, part) });
        const id = nextNote++;
        const body = res.footnotes.find((f) => f.id === k)?.text ?? '';
        notes[String(id)] = { children: [new Paragraph({ style: STYLE.footnote, ...bidi, children: [new TextRun({ text: body, ...runDirection(dir, body) })] })] };
        return new FootnoteReferenceRun(id);
      });
  const body: Paragraph[] = [new Paragraph({ ...bidi, children: [new TextRun({ text: note, ...runDirection(dir, note) })] })];
  for (const res of resolutions) {
    body.push(new Paragraph({ style: STYLE.resNo, ...bidi, children: runs(res.numberLine, res) }));
    body.push(new Paragraph({ style: STYLE.resTitle, ...bidi, children: runs(res.title, res) }));
    body.push(new Paragraph({ style: STYLE.afterTitle, ...bidi, children: runs(res.conferenceLine, res) }));
    const list = (l: List, depth: number): void => {
      const labels = listLabels(l);
      l.items.forEach((item, i) => {
        body.push(new Paragraph({ style: itemStyle(depth), ...bidi, children: [new TextRun({ text: labels[i], ...runDirection(dir, labels[i]) }), new TextRun({ children: [new Tab()] }), ...runs(item.text, res)] }));
        if (item.sublist) list(item.sublist, depth + 1);
      });
    };
    for (const call of res.calls) {
      body.push(new Paragraph({ style: STYLE.call, ...bidi, children: runs(call.phrase, res) }));
      for (const block of call.blocks) {
        if (block.type === 'paragraph') body.push(new Paragraph({ style: STYLE.body, ...bidi, children: runs(block.text, res) }));
        else list(block, 0);
      }
    }
  }
  const doc = new Document({ styles: ituStyles(), defaultTabStop: DEFAULT_TAB, footnotes: notes, sections: [{ children: body }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
