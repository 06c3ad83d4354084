/**
 * The hostile-file set, generated at test time (the large ones are never committed): zip bombs,
 * huge and unused parts (their declared sizes honest, or lying), deep nesting, invalid UTF-8,
 * duplicate entries, too many paragraphs or entries, and special files (FIFO, device, socket,
 * folder) named like Word documents. Each entry says what the reader must do with it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { toDocx } from '../../../main/services/docx/toDocx';
import type { Corpus } from '../../../main/services/corpus';
import { compare } from '../../../shared/engine/compare';
import { fromText } from '../../../shared/text/fromText';
import { settings } from '../../export/handMade';

/** One zip entry as written: its bytes (compressed when `method` is 8) and what the directory declares. */
interface Entry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The uncompressed size the headers declare (the truth, or a lie). */
  declared: number;
}

/** An entry deflated from bytes in memory, its size declared honestly. */
function entry(name: string, bytes: Uint8Array): Entry {
  return { name, data: deflateRawSync(bytes), method: 8, crc: crc32(bytes), declared: bytes.length };
}

/**
 * A zip archive written field by field, so a hostile file can say what no zip library would let
 * it: a declared size that lies, the same name twice.
 */
function zipOf(entries: Entry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.declared, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, Buffer.from(e.data));
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(Math.min(e.declared, 0xfffffffe), 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dir, end]));
}

/** `bytes` of `prefix`, then `repeat` filling `total` bytes, then `suffix`, deflated as a stream (never whole in memory). */
async function deflatedStream(prefix: string, repeat: string, total: number, suffix: string, level: number): Promise<Entry> {
  const d = createDeflateRaw({ level, strategy: constants.Z_DEFAULT_STRATEGY });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((r) => d.on('end', r));
  const unit = Buffer.from(repeat);
  const chunk = Buffer.concat(Array(Math.max(1, Math.floor((1 << 20) / unit.length))).fill(unit));
  let crc = crc32(prefix);
  d.write(prefix);
  let written = Buffer.byteLength(prefix);
  while (written + chunk.length <= total) {
    crc = crc32(chunk, crc);
    if (!d.write(chunk)) await new Promise((r) => d.once('drain', r));
    written += chunk.length;
  }
  crc = crc32(suffix, crc);
  d.end(suffix);
  written += Buffer.byteLength(suffix);
  await done;
  return { name: 'word/document.xml', data: new Uint8Array(Buffer.concat(out)), method: 8, crc, declared: written };
}

/** Our export of a small revision of Resolution 34: the contribution every hostile variant is built on. */
export async function goodContribution(corpus: Corpus): Promise<Uint8Array> {
  const draft = fromText(corpus.text('34').replace('potentially serious negative', 'serious negative'));
  const proposal = { symbol: 'MOD' as const, number: 'TST/42A1/1', changes: compare(corpus.resolution('34'), draft), reasons: 'Shorter.' };
  return toDocx({ settings: { ...settings(), source: 'Delegation of Testland' }, proposals: [proposal] }, { date: '2025-06-02T08:30:00Z' });
}

/** The entries of a .docx, each re-deflated (`edit` may change a part's text first). */
function entriesOf(docx: Uint8Array, edit: (name: string, data: Uint8Array) => Uint8Array = (_n, d) => d): Entry[] {
  const files = unzipSync(docx);
  return Object.keys(files).map((name) => entry(name, edit(name, files[name])));
}

/** `text` of a part with its first `old` replaced by bytes (which may be no UTF-8 at all). */
function withBytes(data: Uint8Array, old: string, bytes: number[]): Uint8Array {
  const xml = strFromU8(data);
  const at = xml.indexOf(old);
  if (at < 0) throw new Error(`not found: ${old}`);
  return new Uint8Array(Buffer.concat([Buffer.from(xml.slice(0, at)), Buffer.from(bytes), Buffer.from(xml.slice(at + old.length))]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const DOC_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`;
const DOC_END = '<w:sectPr/></w:body></w:document>';
const PARAGRAPH = '<w:p><w:pPr><w:pStyle w:val="enumlev1"/></w:pPr><w:r><w:t xml:space="preserve">a)</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">that the item is repeated to fill the part;</w:t></w:r></w:p>';

/** One hostile input and what must become of it. */
export interface HostileFile {
  name: string;
  path: string;
  /** What it is, in a few words. */
  what: string;
  /** `refused`: exit 2, a message naming the file and matching `says`; `read`: read as the contribution it is. */
  outcome: 'refused' | 'read';
  says?: RegExp;
}

/** The special files (FIFO, device, socket, folder), named like inputs (`.docx`, or `.resdraft`). */
export async function specialFiles(dir: string, extension = '.docx'): Promise<{ files: HostileFile[]; close(): void }> {
  mkdirSync(dir, { recursive: true });
  const fifo = join(dir, `fifo${extension}`);
  execFileSync('mkfifo', [fifo]);
  const folder = join(dir, `folder${extension}`);
  mkdirSync(folder);
  const socket = join(dir, `socket${extension}`);
  const device = join(dir, `zero${extension}`);
  symlinkSync('/dev/zero', device);
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(socket, r));
  return {
    files: [
      { name: 'fifo', path: fifo, what: 'a FIFO named x.docx', outcome: 'refused', says: /it is a FIFO \(named pipe\), not a file/ },
      { name: 'device', path: device, what: 'a link to /dev/zero named x.docx', outcome: 'refused', says: /it is a device, not a file/ },
      { name: 'socket', path: socket, what: 'a socket named x.docx', outcome: 'refused', says: /it is a socket, not a file/ },
      { name: 'folder', path: folder, what: 'a folder named x.docx', outcome: 'refused', says: /it is a folder, not a file/ },
    ],
    close: () => server.close(),
  };
}

/** Write the hostile documents into `dir` (about 25 MB in all; a few seconds). */
export async function hostileDocuments(dir: string, corpus: Corpus): Promise<HostileFile[]> {
  mkdirSync(dir, { recursive: true });
  const good = await goodContribution(corpus);
  const files: HostileFile[] = [];
  const write = (name: string, bytes: Uint8Array, rest: Omit<HostileFile, 'name' | 'path'>): void => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    files.push({ name, path, ...rest });
  };
  const skeleton = entriesOf(good).filter((e) => e.name !== 'word/document.xml');

  const bomb = await deflatedStream(DOC_START, PARAGRAPH, 400 * 1024 * 1024, DOC_END, 9);
  write('zip-bomb', zipOf([...skeleton, bomb]), { what: `1.6 MB inflating to 400 MB of paragraphs (${(bomb.data.length / 1e6).toFixed(1)} MB packed)`, outcome: 'refused', says: /word\/document\.xml declares 400\.0 MB packed into \d+ bytes, a compression no document reaches/ });
  write('zip-bomb-lying', zipOf([...skeleton, { ...bomb, declared: 1000 }]), { what: 'the same bomb, its directory declaring 1,000 bytes', outcome: 'refused', says: /word\/document\.xml inflates (to more than 32\.0 MB|more than 200 times its packed size)/ });

  const film = await deflatedStream('', '\u0000'.repeat(4096), 1024 * 1024 * 1024, '', 1);
  const unused = { ...film, name: 'word/media/film.bin' };
  write('unused-part', zipOf([...entriesOf(good), unused]), { what: 'a valid contribution with a 1 GB part nothing uses', outcome: 'refused', says: /declares more than 512\.0 MB of content \(word\/media\/film\.bin: 1024\.0 MB\)/ });
  write('unused-part-lying', zipOf([...entriesOf(good), { ...unused, declared: 1000 }]), { what: 'the same, the 1 GB part declaring 1,000 bytes (never inflated, so read)', outcome: 'read' });

  const huge = await deflatedStream(DOC_START, PARAGRAPH, 1024 * 1024 * 1024, DOC_END, 1);
  write('huge-document', zipOf([...skeleton, huge]), { what: `a 1 GB document.xml (${(huge.data.length / 1e6).toFixed(1)} MB packed)`, outcome: 'refused', says: /declares more than 512\.0 MB of content \(word\/document\.xml: 1024\.0 MB\)/ });
  write('huge-document-lying', zipOf([...skeleton, { ...huge, declared: 10_000 }]), { what: 'the same, declaring 10,000 bytes', outcome: 'refused', says: /word\/document\.xml inflates to more than 32\.0 MB/ });

  const depth = 100_000;
  const open = Array.from({ length: depth }, (_, i) => `<w:ins w:id="${1000 + i}" w:author="Deep" w:date="2025-01-01T00:00:00Z">`).join('');
  const target = '<w:r><w:t xml:space="preserve">that there is a growing general awareness';
  const deep = `${open}<w:r><w:t xml:space="preserve">deeply </w:t></w:r>${'</w:ins>'.repeat(depth)}${target}`;
  const nested = entriesOf(good, (name, data) => (name === 'word/document.xml' ? strToU8(strFromU8(data).replace(target, deep)) : data));
  write('nested-ins', zipOf(nested), { what: `${depth.toLocaleString('en')} nested w:ins around an inserted word (read without recursion)`, outcome: 'read' });

  write('invalid-utf8', zipOf(entriesOf(good, (name, data) => (name === 'word/document.xml' ? withBytes(data, 'growing general awareness', [...Buffer.from('growing g'), 0xe9, ...Buffer.from('n\u00e9ral awareness')]) : data))), {
    what: 'one byte 0xE9 (Latin-1 é) in document.xml',
    outcome: 'refused',
    says: /is damaged \(word\/document\.xml, line \d+, column \d+: the byte 0xE9, which is not UTF-8 there/,
  });
  write('invalid-utf8-cover', zipOf(entriesOf(good, (name, data) => (name === 'word/document.xml' ? withBytes(data, 'Delegation of Testland', [...Buffer.from('D'), 0xc3, 0x28, ...Buffer.from('l\u00e9gation')]) : data))), {
    what: 'bad bytes in the cover field Source:',
    outcome: 'refused',
    says: /word\/document\.xml, line \d+, column \d+: the byte 0xC3, which is not UTF-8 there/,
  });
  write('invalid-utf8-properties', zipOf(entriesOf(good, (name, data) => (name === 'docProps/custom.xml' ? withBytes(data, '<vt:lpwstr>', [...Buffer.from('<vt:lpwstr>'), 0xff, 0xfe]) : data))), {
    what: 'bad bytes in the document properties (docProps/custom.xml)',
    outcome: 'refused',
    says: /docProps\/custom\.xml, line \d+, column \d+: the byte 0xFF/,
  });
  write('duplicate-document', zipOf([...entriesOf(good), entry('word/document.xml', strToU8(`${DOC_START}<w:p><w:r><w:t>another text</w:t></w:r></w:p>${DOC_END}`))]), {
    what: 'a second word/document.xml entry',
    outcome: 'refused',
    says: /holds word\/document\.xml twice/,
  });
  const paragraphs = Array.from({ length: 300_000 }, (_, i) => `<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`).join('');
  write('many-paragraphs', zipOf([...skeleton, entry('word/document.xml', strToU8(`${DOC_START}${paragraphs}${DOC_END}`))]), { what: '300,000 short paragraphs', outcome: 'refused', says: /holds more than 100000 paragraphs/ });
  // the most a document may be: just under 32 MB of long paragraphs, read whole, then refused as no contribution
  const words = ['telecommunication', 'development', 'conference', 'resolution', 'Member', 'States', 'Sector', 'assistance', 'regional', 'digital', 'emergency', 'networks', 'of', 'the', 'and', 'to', 'in', 'for'];
  let seed = 7;
  const word = (): string => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length];
  const long: string[] = [DOC_START];
  let size = DOC_START.length + DOC_END.length;
  while (size < 31 * 1024 * 1024) {
    const p = `<w:p><w:r><w:t xml:space="preserve">${Array.from({ length: 160 }, word).join(' ')}.</w:t></w:r></w:p>`;
    long.push(p);
    size += p.length;
  }
  long.push(DOC_END);
  write('largest-document', zipOf([...skeleton, entry('word/document.xml', strToU8(long.join('')))]), { what: 'a 31 MB document.xml of long paragraphs (just under the limit), read whole', outcome: 'refused', says: /holds no resolution|no resolution found/ });
  const many = Array.from({ length: 5000 }, (_, i) => entry(`word/media/image${i}.png`, new Uint8Array(1)));
  write('many-entries', zipOf([...entriesOf(good), ...many]), { what: '5,000 zip entries', outcome: 'refused', says: /holds 5\d{3} entries; a Word document has at most 4000/ });
  return files;
}
