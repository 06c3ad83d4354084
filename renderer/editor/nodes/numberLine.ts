import { reviseHeadLines } from '../reviseHeadLines';
import { lineNode } from './lineNode';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    numberLine: {
      /** Revise the number line and the conference line for the target conference (a MOD's convention). */
      reviseHeadLines: (place: string, year: number) => ReturnType;
    };
  }
}

/** The number line (`RESOLUTION 5 (Rev. Kigali, 2022)` or `DRAFT NEW RESOLUTION [id]`): one line of plain text. */
export const NumberLine = lineNode('numberLine', 'rd-number-line', {
  content: 'text*',
  addCommands() {
    return {
      reviseHeadLines:
        (place, year) =>
        ({ state, dispatch }) =>
          reviseHeadLines(place, year, state, dispatch),
    };
  },
});
