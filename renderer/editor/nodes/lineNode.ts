import { Node, type NodeConfig } from '@tiptap/react';

/**
 * One line of the resolution text layout as an editor node: a textblock drawn as `<p class=…>`
 * (and read back from it), one block of the flat document, never selected as a node. Every line
 * kind (number line, title, conference line, call, paragraph, item, footnote) is made here; `config`
 * adds what a kind has of its own (attributes, commands, keys). The schema's grammar is in
 * document.ts.
 */
export function lineNode<Options = unknown, Storage = unknown>(name: string, className: string, config: Partial<NodeConfig<Options, Storage>> = {}): Node<Options, Storage> {
  return Node.create<Options, Storage>({
    name,
    content: 'inline*',
    defining: true,
    selectable: false,
    parseHTML() {
      return [{ tag: `p.${className}` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['p', { ...HTMLAttributes, class: className }, 0];
    },
    ...config,
  });
}
