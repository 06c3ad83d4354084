/**
 * `npm run bench:editor` — keystroke latency of the editor with live revision marks (issue 4).
 *
 * In Debian's Chromium (playwright-core, the real browser host): Resolution 34 (the longest), a
 * proposal with 50 scattered edits already made, then 200 characters typed with real key events
 * at 20 places spread over the text. Per keystroke, in the page: from the keydown event until the
 * next animation frame after the transaction that applied the key and its marks (the frame that
 * paints them); also until just after that frame (a message posted from the frame callback).
 * Keys are sent 20–42 ms apart (after the previous key's frame), so they land at any phase of
 * the 60 Hz frame clock, as a typist's do; `work` is keydown → view updated, without the wait
 * for the frame. The page is driven as a user drives it (keyboard, DOM selection): the product
 * ships no test hook. Targets (issue 11): work p95 ≤ 4 ms, and keydown → frame p95 within 1.1 ×
 * the plain <textarea> measured in the same run. Prints figures; with `--json` the last line is
 * `{"keystrokeP50Ms":…,"keystrokeP95Ms":…}`.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { REPO_ROOT, startBrowserSession } from '../browser/harness';
import { caretAt, pageLines } from '../browser/editorPage';
import { resolution34WithFiftyEdits } from './fiftyEdits';

const json = process.argv.includes('--json');
const log = (...args: unknown[]): void => {
  if (!json) console.log(...args);
};

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const build = spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: REPO_ROOT, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const session = await startBrowserSession();
try {
  const { page } = session;
  const items = await resolution34WithFiftyEdits(page);
  const symbolAfterEdits = await page.locator('[data-testid="symbol"]').textContent();
  const statsAfterEdits = await page.getByTestId('change-stats').textContent();
  log(`Resolution 34: ${items} items of over 40 characters; 50 edits made (${statsAfterEdits}); symbol ${symbolAfterEdits}`);

  // In the page, per printable key: keydown → "view updated" → next frame → after that frame.
  // "View updated" is the first microtask after the editor's transaction for the key has been
  // applied (marks computed, DOM updated, the app's listeners run): after its keypress handler when
  // it types the key itself; otherwise ProseMirror reads the character from the DOM in a
  // mutation-observer microtask right after the first 'input' listener returns, so a microtask
  // queued from that listener runs after it.
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { frame: number[]; painted: number[]; work: number[]; pending: number | null } };
    w.__bench = { frame: [], painted: [], work: [], pending: null };
    const dom = document.querySelector('.rd-editor')!;
    dom.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key.length === 1) w.__bench.pending = e.timeStamp;
    }, true);
    const applied = (): void => {
      const t0 = w.__bench.pending;
      if (t0 === null) return;
      w.__bench.pending = null;
      queueMicrotask(() => {
        w.__bench.work.push(performance.now() - t0);
        requestAnimationFrame(() => {
          w.__bench.frame.push(performance.now() - t0);
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__bench.painted.push(performance.now() - t0);
          ch.port2.postMessage(null);
        });
      });
    };
    // the editor applies a typed key either in its keypress handler (it then cancels the browser's
    // own edit: this bubbling listener runs after it) or, when it leaves the key to the browser,
    // from the DOM change after the 'input' event
    window.addEventListener('keypress', (e) => {
      if (e.defaultPrevented) applied();
    });
    window.addEventListener('input', applied, true);
  });

  const phrases = ['digital ', 'inclusive ', 'and resilient ', 'capacity ', 'Baku 2025 ', 'regional ', 'women and youth ', 'effective '];
  let typed = 0;
  for (let place = 0; place < 20; place++) {
    const lines = (await pageLines(page)).map((l, i) => ({ ...l, i })).filter((l) => l.type === 'item' && l.text.length > 30);
    const line = lines[Math.floor((((place * 37) % 100) / 100) * lines.length)];
    const space = line.text.indexOf(' ', Math.floor(line.text.length * ((place % 5) / 5)));
    await caretAt(page, line.i, space < 0 ? line.text.length : space + 1);
    let chars = '';
    while (chars.length < 10) chars += phrases[(place + chars.length) % phrases.length];
    for (const ch of chars.slice(0, 10)) {
      const before = typed;
      await page.keyboard.press(ch === ' ' ? 'Space' : ch);
      typed++;
      // poll on a timer, not on animation frames: rAF polling would send every next key right
      // after a frame and so measure the worst phase each time; a typist's keys land at any phase
      await page.waitForFunction((n) => (window as unknown as { __bench: { painted: number[] } }).__bench.painted.length >= n, before + 1, { polling: 5 });
      await page.waitForTimeout(20 + ((typed * 7) % 23));
    }
  }
  const { frame, painted, work } = await page.evaluate(() => (window as unknown as { __bench: { frame: number[]; painted: number[]; work: number[] } }).__bench);
  const finalState = await page.evaluate(() => ({
    symbol: document.querySelector('[data-testid="symbol"]')?.textContent,
    ins: document.querySelectorAll('.rd-editor ins').length,
    del: document.querySelectorAll('.rd-editor del').length,
  }));

  // control: the same measure for a plain <textarea> (the Reasons field) on the same page and
  // machine: the floor that any key → paint latency here starts from
  await page.getByTestId('reasons').click();
  await page.evaluate(() => {
    const w = window as unknown as { __control: number[] };
    w.__control = [];
    const area = document.querySelector('[data-testid="reasons"]')!;
    area.addEventListener('keydown', (e) => {
      const t0 = (e as KeyboardEvent).timeStamp;
      area.addEventListener('input', () => requestAnimationFrame(() => w.__control.push(performance.now() - t0)), { once: true });
    });
  });
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('abcdefgh '[i % 9] === ' ' ? 'Space' : 'abcdefgh '[i % 9]);
    await page.waitForFunction((n) => (window as unknown as { __control: number[] }).__control.length >= n, i + 1, { polling: 5 });
    await page.waitForTimeout(20 + ((i * 7) % 23));
  }
  const control = await page.evaluate(() => (window as unknown as { __control: number[] }).__control);

  const p50 = percentile(frame, 50);
  const p95 = percentile(frame, 95);
  log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Chromium headless`);
  log(`typed ${frame.length} characters at 20 places; after: symbol ${finalState.symbol}, ${finalState.ins} <ins>, ${finalState.del} <del>`);
  log(`keydown → frame with marks:  p50 ${p50.toFixed(2)} ms   p95 ${p95.toFixed(2)} ms   max ${Math.max(...frame).toFixed(2)} ms`);
  log(`keydown → after that frame:  p50 ${percentile(painted, 50).toFixed(2)} ms   p95 ${percentile(painted, 95).toFixed(2)} ms`);
  log(`keydown → view updated (work, no frame wait):  p50 ${percentile(work, 50).toFixed(2)} ms   p95 ${percentile(work, 95).toFixed(2)} ms`);
  const workP95 = percentile(work, 95);
  const controlP95 = percentile(control, 95);
  log(`control, plain <textarea> keydown → frame:  p50 ${percentile(control, 50).toFixed(2)} ms   p95 ${controlP95.toFixed(2)} ms`);
  log(`target work p95 ≤ 4 ms: ${workP95 <= 4 ? 'met' : 'NOT met'}`);
  log(`target keydown → frame p95 ≤ 1.1 × the textarea's (${(1.1 * controlP95).toFixed(2)} ms): ${p95 <= 1.1 * controlP95 ? 'met' : 'NOT met'} (${(p95 / controlP95).toFixed(2)} ×)`);
  if (json) {
    console.log(
      JSON.stringify({
        keystrokeP50Ms: +p50.toFixed(2),
        keystrokeP95Ms: +p95.toFixed(2),
        keystrokeMaxMs: +Math.max(...frame).toFixed(2),
        paintedP50Ms: +percentile(painted, 50).toFixed(2),
        paintedP95Ms: +percentile(painted, 95).toFixed(2),
        workP50Ms: +percentile(work, 50).toFixed(2),
        workP95Ms: +percentile(work, 95).toFixed(2),
        frameToControlP95: +(p95 / controlP95).toFixed(3),
        textareaP50Ms: +percentile(control, 50).toFixed(2),
        textareaP95Ms: +percentile(control, 95).toFixed(2),
        keystrokes: frame.length,
      }),
    );
  }
} finally {
  await session.close();
}
