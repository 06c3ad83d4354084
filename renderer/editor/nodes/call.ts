import { insertCall } from '../insertCommands';
import { lineNode } from './lineNode';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    call: {
      /** Insert a call with `phrase` after the call section holding the caret, with one empty item, the caret in it. */
      insertCall: (phrase: string) => ReturnType;
    };
  }
}

/** A call: the preambular or operative phrase (`considering`, `resolves to instruct …`), printed in italics. */
export const Call = lineNode('call', 'rd-call', {
  addCommands() {
    return {
      insertCall:
        (phrase) =>
        ({ state, dispatch }) =>
          insertCall(phrase, state, dispatch),
    };
  },
});
