import { DecodeUTF8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { DocxReadError } from './readLimits';

/** What a streaming reader of one XML part is told, in document order (names are canonical, see {@link XmlPartStream}). */
export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** The namespaces the reader knows, by URI, with the prefix it names their elements with. */
const CANONICAL: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'http://schemas.microsoft.com/office/word/2015/wordml/symex': 'w16se',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/relationships': '',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'op',
  'http://purl.oclc.org/ooxml/officeDocument/customProperties': 'op',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': 'vt',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** The canonical prefix of a namespace URI the reader knows, else undefined. */
export function canonicalPrefix(uri: string): string | undefined {
  return CANONICAL[uri];
}

interface Scope {
  /** prefix ('' for the default namespace) → URI, as declared on this element. */
  declared: Map<string, string>;
  /** Whether names inside must be rewritten (a known namespace under another prefix, or an unknown one under a known prefix). */
  rewrite: boolean;
}

/** A byte that breaks UTF-8 at `offset` of the part (0-based). */
class Utf8Break {
  constructor(
    readonly offset: number,
    readonly line: number,
    readonly column: number,
    /** The byte that starts the broken sequence. */
    readonly byte: number,
    /** Whether the part ends inside the sequence. */
    readonly cutShort = false,
  ) {}
}

/**
 * A strict UTF-8 check that runs over the part as it arrives, tracking lines, so a bad byte is
 * named by line and column (Word writes most of a part on its second line, so the column matters).
 */
class Utf8Check {
  private need = 0;
  private lo = 0x80;
  private hi = 0xbf;
  private seqStart = 0;
  private seqLead = 0;
  private seqLine = 1;
  private seqColumn = 1;
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  check(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const at = this.offset + i;
      if (this.need === 0) {
        if (b < 0x80) {
          if (b === 0x0a) {
            this.line++;
            this.lineStart = at + 1;
          }
          continue;
        }
        this.seqStart = at;
        this.seqLead = b;
        this.seqLine = this.line;
        this.seqColumn = at - this.lineStart + 1;
        if (b >= 0xc2 && b <= 0xdf) this.expect(1, 0x80, 0xbf);
        else if (b === 0xe0) this.expect(2, 0xa0, 0xbf);
        else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) this.expect(2, 0x80, 0xbf);
        else if (b === 0xed) this.expect(2, 0x80, 0x9f);
        else if (b === 0xf0) this.expect(3, 0x90, 0xbf);
        else if (b >= 0xf1 && b <= 0xf3) this.expect(3, 0x80, 0xbf);
        else if (b === 0xf4) this.expect(3, 0x80, 0x8f);
        else throw new Utf8Break(at, this.seqLine, this.seqColumn, b);
      } else {
        if (b < this.lo || b > this.hi) throw new Utf8Break(this.seqStart, this.seqLine, this.seqColumn, this.seqLead);
        this.lo = 0x80;
        this.hi = 0xbf;
        this.need--;
      }
    }
    this.offset += bytes.length;
  }

  end(): void {
    if (this.need > 0) throw new Utf8Break(this.seqStart, this.seqLine, this.seqColumn, this.seqLead, true);
  }

  private expect(need: number, lo: number, hi: number): void {
    this.need = need;
    this.lo = lo;
    this.hi = hi;
  }
}

/** The platform's strict UTF-8 decoder (every host of shared/ has WHATWG TextDecoder), when present. */
interface StrictDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type DecoderClass = new (label: string, options: { fatal: boolean }) => StrictDecoder;
const NativeDecoder = (globalThis as { TextDecoder?: DecoderClass }).TextDecoder;

/** A part that broke the fast reading (bad UTF-8 or bad XML): read it again to say where. */
export class PartBroken extends Error {
  constructor() {
    super('the part is not well-formed; reading it again to locate the problem');
    this.name = 'PartBroken';
  }
}

/**
 * One XML part read as a stream: bytes in (as they are inflated), events out. The bytes must be
 * well-formed UTF-8 and the text well-formed XML (saxes, a strict non-validating parser: no DTD
 * entities are expanded, so no entity expansion can grow memory). Element and attribute names
 * come out with the prefix the reader knows their namespace by (`w:p`, `mc:Choice`, `w14:…`,
 * `vt:lpwstr`), whatever prefix the part declares; a name in a namespace it does not know comes
 * out as `{uri}local`. Nesting has no limit and costs no recursion.
 *
 * Two modes: `fast` (the platform's native UTF-8 decoder, no position tracking) throws
 * {@link PartBroken} at the first problem, and the caller reads the part again in `locate` mode,
 * which checks UTF-8 byte by byte and tracks lines, so the {@link DocxReadError} names the file,
 * the part, the line and the column.
 */
export class XmlPartStream {
  private readonly parser: SaxesParser;
  private readonly utf8: Utf8Check | undefined;
  private readonly decoder: DecodeUTF8 | undefined;
  private readonly native: StrictDecoder | undefined;
  private readonly scopes: Scope[] = [];
  private readonly bindings = new Map<string, string[]>();
  private rewriting = 0;
  private error: Error | undefined;
  private started = false;

  constructor(
    private readonly file: string,
    private readonly part: string,
    private readonly handlers: XmlHandlers,
    mode: 'fast' | 'locate' = 'locate',
  ) {
    const fast = mode === 'fast' && NativeDecoder !== undefined;
    this.parser = new SaxesParser({ position: !fast });
    if (fast) this.native = new NativeDecoder!('utf-8', { fatal: true });
    else {
      this.utf8 = new Utf8Check();
      this.decoder = new DecodeUTF8((text) => this.feed(text));
    }
    this.parser.on('opentag', (tag) => {
      const attrs = tag.attributes as Record<string, string>;
      const scope = this.declare(attrs);
      this.scopes.push(scope);
      if (scope.rewrite) this.rewriting++;
      if (this.rewriting > 0) this.handlers.open(this.rename(tag.name, true), this.renameAttrs(attrs));
      else this.handlers.open(tag.name, attrs);
    });
    this.parser.on('closetag', (tag) => {
      const name = this.rewriting > 0 ? this.rename(tag.name, true) : tag.name;
      this.handlers.close(name);
      const scope = this.scopes.pop();
      if (scope?.rewrite) this.rewriting--;
      for (const prefix of scope?.declared.keys() ?? []) this.bindings.get(prefix)?.pop();
    });
    this.parser.on('text', (t) => this.handlers.text(t));
    this.parser.on('cdata', (t) => this.handlers.text(t));
    this.parser.on('error', (e) => {
      this.error ??= e;
    });
  }

  /** The URI a prefix is bound to where the parser is now ('' for the default namespace). */
  uriOf(prefix: string): string | undefined {
    const stack = this.bindings.get(prefix);
    return stack?.[stack.length - 1];
  }

  /** Feed the next inflated bytes. */
  write(bytes: Uint8Array): void {
    let chunk = bytes;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3); // the byte-order mark is not text
    }
    if (this.native) {
      let text: string;
      try {
        text = this.native.decode(chunk, { stream: true });
      } catch {
        throw new PartBroken();
      }
      this.feed(text);
      return;
    }
    try {
      this.utf8!.check(chunk);
    } catch (e) {
      throw this.encodingError(e);
    }
    this.decoder!.push(chunk);
  }

  /** The part is complete: check that nothing is left open. */
  close(): void {
    if (this.native) {
      let text: string;
      try {
        text = this.native.decode();
      } catch {
        throw new PartBroken();
      }
      this.feed(text);
    } else {
      try {
        this.utf8!.end();
      } catch (e) {
        throw this.encodingError(e);
      }
      this.decoder!.push(new Uint8Array(0), true);
    }
    try {
      this.parser.close();
    } catch (e) {
      this.error ??= e as Error;
    }
    this.raise();
  }

  private feed(text: string): void {
    if (text === '') return;
    try {
      this.parser.write(text);
    } catch (e) {
      if (e instanceof DocxReadError || e instanceof PartBroken) throw e;
      this.error ??= e as Error;
    }
    this.raise();
  }

  private raise(): void {
    if (!this.error) return;
    const e = this.error;
    if (e instanceof DocxReadError || e instanceof PartBroken) throw e;
    if (this.native) throw new PartBroken();
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(e.message.split('\n')[0]);
    const where = m ? `line ${m[1]}, column ${m[2]}: ${m[3]}` : e.message.split('\n')[0];
    throw new DocxReadError(`${this.file}: is damaged (${this.part} is not well-formed XML: ${where})`);
  }

  private encodingError(e: unknown): Error {
    if (!(e instanceof Utf8Break)) return e as Error;
    const byte = `0x${e.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const what = e.cutShort ? `a character cut short at the end of the part (from the byte ${byte})` : `the byte ${byte}, which is not UTF-8 there`;
    return new DocxReadError(`${this.file}: is damaged (${this.part}, line ${e.line}, column ${e.column}: ${what}; a Word document is UTF-8 throughout)`);
  }

  private declare(attrs: Record<string, string>): Scope {
    const declared = new Map<string, string>();
    let rewrite = false;
    for (const key in attrs) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
      const prefix = key === 'xmlns' ? '' : key.slice(6);
      const uri = attrs[key];
      declared.set(prefix, uri);
      const stack = this.bindings.get(prefix) ?? [];
      stack.push(uri);
      this.bindings.set(prefix, stack);
      const canon = CANONICAL[uri];
      if (canon !== prefix && (canon !== undefined || Object.values(CANONICAL).includes(prefix))) rewrite = true;
    }
    return { declared, rewrite };
  }

  private rename(name: string, element: boolean): string {
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    if (colon < 0 && !element) return name; // an unprefixed attribute is in no namespace
    if (prefix === 'xml' || prefix === 'xmlns') return name;
    const local = colon < 0 ? name : name.slice(colon + 1);
    const uri = this.uriOf(prefix);
    if (uri === undefined) return name;
    const canon = CANONICAL[uri];
    if (canon === undefined) return `{${uri}}${local}`;
    return canon === '' ? local : `${canon}:${local}`;
  }

  private renameAttrs(attrs: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key in attrs) out[this.rename(key, false)] = attrs[key];
    return out;
  }
}
