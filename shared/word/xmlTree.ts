import { SaxesParser } from 'saxes';

/** An XML element: its qualified name (`w:p`), attributes and children, in document order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** A child of an element: an element or a run of character data. */
export type XmlNode = XmlElement | string;

/** An XML part that does not parse (a damaged document). */
export class XmlPartError extends Error {
  constructor(readonly part: string, detail: string) {
    super(`${part} is not well-formed XML (${detail})`);
    this.name = 'XmlPartError';
  }
}

/**
 * Parse one XML part into a tree with saxes (a strict, well-kept streaming parser). Names keep
 * their prefixes (`w:t`), which is how every OOXML producer writes WordprocessingML.
 * Character data is kept exactly (whitespace included); `keepText` limits which elements keep it.
 */
export function parseXml(xml: string, part: string, keepText: (element: string) => boolean = () => true): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (keepText(top.name)) top.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e as Error;
  }
  if (error) throw new XmlPartError(part, error.message.split('\n')[0]);
  return root;
}

/** The element children of `el` named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first element child of `el` named `name`. */
export function childNamed(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The first descendant of `el` named `name` (depth first). */
export function findDescendant(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const d = findDescendant(c, name);
    if (d) return d;
  }
  return undefined;
}

/** The concatenated character data directly inside `el`. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}
