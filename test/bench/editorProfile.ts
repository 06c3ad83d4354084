/**
 * `npx tsx test/bench/editorProfile.ts` — where the editor's per-key time goes: a CPU profile of
 * Chromium while typing into Resolution 34 with 50 edits made (as `bench:editor` does), summed by
 * function (self time) and printed, largest first. A tool for the profiler's eye, not a target.
 * `--scale N`: the N × text of `bench:editor --scale N` instead. Build the renderer unminified
 * first for readable names: `npx vite build --config renderer/vite.config.ts --mode profile`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserSession } from '../browser/harness';
import { caretAt, openFileProposal, pageLines, scrollToLine } from '../browser/editorPage';
import { writeScaleDocument } from '../support/scaleDocument';
import { resolution34WithFiftyEdits } from './fiftyEdits';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[]; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const scaleAt = process.argv.indexOf('--scale');
const scale = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : null;
const dataDir = scale === null ? undefined : mkdtempSync(join(tmpdir(), 'resdraft-profile-'));
const session = await startBrowserSession({ dataDir });
try {
  const { page } = session;
  if (scale === null) await resolution34WithFiftyEdits(page);
  else {
    const doc = writeScaleDocument(dataDir!, scale);
    await page.evaluate('globalThis.__name = (f) => f');
    await page.locator('[data-number="5"]').waitFor();
    await openFileProposal(page, doc.stem, '34');
  }
  const cssAt = process.argv.indexOf('--css');
  if (cssAt > 0) await page.evaluate((rule) => document.styleSheets[0].insertRule(rule, document.styleSheets[0].cssRules.length), process.argv[cssAt + 1]);
  if (process.argv.includes('--nospell')) await page.evaluate(() => document.querySelector('.rd-editor')!.setAttribute('spellcheck', 'false'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const lines = (await pageLines(page)).map((l, i) => ({ ...l, i })).filter((l) => l.type === 'item' && l.text.length > 30);
  const where = process.argv.includes('--first') ? 0 : process.argv.includes('--last') ? lines.length - 1 : Math.floor(lines.length / 2);
  await scrollToLine(page, lines[where].i);
  await caretAt(page, lines[where].i, 10);
  const trace = process.argv.includes('--trace');
  const events: { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; cat: string; args?: { data?: { type?: string; functionName?: string } } }[] = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    await cdp.send('Tracing.start', { categories: process.argv.includes('--blink') ? 'blink,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing' : 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' } as never);
  } else await cdp.send('Profiler.start');
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('abcdefgh '[i % 9] === ' ' ? 'Space' : 'abcdefgh '[i % 9]);
    await page.waitForTimeout(25);
  }
  if (trace) {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    const main = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur) continue;
      const k = `${e.name}${e.args?.data?.type ? ':' + e.args.data.type : ''} [${e.tid}]`;
      main.set(k, (main.get(k) ?? 0) + e.dur / 1000);
    }
    // self time: each event's duration less its children's (events on one thread nest by time)
    const selfT = new Map<string, number>();
    const byTid = new Map<number, typeof events>();
    for (const e of events) if (e.ph === 'X' && e.dur) (byTid.get(e.tid) ?? byTid.set(e.tid, []).get(e.tid)!).push(e);
    for (const list of byTid.values()) {
      list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const stack: { e: (typeof events)[number]; child: number }[] = [];
      const close = (upTo: number): void => {
        while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= upTo) {
          const top = stack.pop()!;
          const k = `${top.e.name}${top.e.args?.data?.type ? ':' + top.e.args.data.type : ''} [${top.e.tid}]`;
          selfT.set(k, (selfT.get(k) ?? 0) + (top.e.dur! - top.child) / 1000);
          if (stack.length) {
            stack[stack.length - 1].child += top.e.dur!;
            const parentName = stack[stack.length - 1].e.name;
            if (parentName === 'FunctionCall' || parentName === 'Editor::SyncSelection' || parentName === 'Document::UpdateStyleAndLayout') {
              const ck = `  in ${parentName}: ${top.e.name}`;
              selfT.set(ck, (selfT.get(ck) ?? 0) + top.e.dur! / 1000);
            }
          }
        }
      };
      for (const e of list) {
        close(e.ts);
        stack.push({ e, child: 0 });
      }
      close(Infinity);
    }
    console.log('self:');
    console.log([...selfT].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, t]) => `${(t / 150).toFixed(3).padStart(7)} ms/key  ${n}`).join('\n'));
    console.log('inclusive:');
    console.log([...main].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([n, t]) => `${(t / 150).toFixed(3).padStart(7)} ms/key  ${n}`).join('\n'));
    process.exit(0);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode): string => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const n = byId.get(id)!;
    self.set(name(n), (self.get(name(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const nm = name(byId.get(cur)!);
      if (seen.has(nm)) continue;
      seen.add(nm);
      total.set(nm, (total.get(nm) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, k: number): string[] => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${(t / 150).toFixed(3).padStart(7)} ms/key  ${n}`);
  console.log('self time per key:');
  console.log(top(self, 40).join('\n'));
  console.log('\ntotal (inclusive) time per key:');
  console.log(top(total, 60).join('\n'));
} finally {
  await session.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
