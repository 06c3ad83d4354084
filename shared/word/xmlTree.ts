import type { XmlHandlers } from './xmlStream';

/** An XML element: its canonical name (`w:style`), attributes and children, in document order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** A child of an element: an element or a run of character data. */
export type XmlNode = XmlElement | string;

/**
 * Handlers that build a tree of one small part (styles, numbering, relationships, properties),
 * for the readers that look things up in it. The tree is built with a stack, never by recursion,
 * and only the text of elements `keepText` names is kept. The root is `tree.root` (`#document`).
 */
export function treeBuilder(keepText: (element: string) => boolean): XmlHandlers & { root: XmlElement } {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  return {
    root,
    open(name, attrs) {
      const el: XmlElement = { name, attrs, children: [] };
      stack[stack.length - 1].children.push(el);
      stack.push(el);
    },
    close() {
      stack.pop();
    },
    text(text) {
      const top = stack[stack.length - 1];
      if (keepText(top.name)) top.children.push(text);
    },
  };
}

/** The element children of `el` named `name`. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first element child of `el` named `name`. */
export function childNamed(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The concatenated character data directly inside `el`. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}
