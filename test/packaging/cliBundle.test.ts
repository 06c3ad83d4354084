import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, resdraft } from '../support/runCli';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBin(root: string, args: string[]): Run {
  const r = spawnSync(process.execPath, [join(root, 'main/cli/bin.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npx resdraft runs the package bin, which runs the built CLI', () => {
  it('npx resdraft answers like node <bin>', () => {
    const npx = spawnSync('npx', ['--no-install', 'resdraft', 'list'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(npx.stderr).toBe('');
    expect(npx.status).toBe(0);
    const direct = spawnSync(process.execPath, [BIN, 'list'], { cwd: ROOT, encoding: 'utf8' });
    expect(npx.stdout).toBe(direct.stdout);
    expect(npx.stdout).toMatch(/^ {2}5 {2}Enhanced participation/);
  }, 60_000);

  it('the bin is the launcher that loads out/cli/resdraft.mjs, and the bundle is fresh after the build', async () => {
    const { bundleIsFresh, BUNDLE_URL } = await import('../../scripts/cliBundle.mjs');
    expect((await resdraft(['--version'])).stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(bundleIsFresh()).toBe(true);
    // the help's words are in the catalogs, which the bundle keeps in a chunk beside it
    const built = readdirSync(dirname(fileURLToPath(BUNDLE_URL))).filter((f) => f.endsWith('.mjs'));
    expect(built.some((f) => readFileSync(join(dirname(fileURLToPath(BUNDLE_URL)), f), 'utf8').includes('Usage: resdraft <command> [options]'))).toBe(true);
  }, 60_000);
});

describe('a stale bundle never runs (in a copy of the project)', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'resdraft-cli-'));
    for (const dir of ['main', 'shared', 'scripts', 'resources']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('a fresh clone without out/ builds on first use, then reuses the bundle', () => {
    expect(existsSync(join(copy, 'out'))).toBe(false);
    const first = runBin(copy, ['list']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ {2}5 {2}Enhanced participation/);
    const bundle = join(copy, 'out/cli/resdraft.mjs');
    const built = statSync(bundle).mtimeMs;
    expect(runBin(copy, ['list']).stdout).toBe(first.stdout);
    expect(statSync(bundle).mtimeMs).toBe(built);
  }, 120_000);

  it('an edit is picked up even when it keeps the size and the modification time', () => {
    // the commands' summaries that --help prints are in the English catalog (their code is loaded when they run)
    const file = join(copy, 'shared/i18n/catalogs/en.ts');
    const stamp = 1_700_000_000; // a whole second, which utimes keeps exactly
    utimesSync(file, stamp, stamp);
    expect(runBin(copy, ['list']).code).toBe(0);
    const before = statSync(file);
    const source = readFileSync(file, 'utf8');
    const summary = /'cli\.summary\.list': '([^']+)'/.exec(source)?.[1];
    expect(summary, 'the English catalog holds the summary of list').toBeDefined();
    const edited = (summary as string).toUpperCase();
    expect(edited).not.toBe(summary);
    writeFileSync(file, source.replace(`'cli.summary.list': '${summary}'`, `'cli.summary.list': '${edited}'`));
    utimesSync(file, stamp, stamp);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    const help = runBin(copy, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(edited);
  }, 120_000);

  it('sources that do not build stop the CLI with the build error, never the old bundle', () => {
    const file = join(copy, 'main/cli/commands/list.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport const broken = ;\n`);
    const r = runBin(copy, ['list']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/building the CLI from the sources failed:\n.*main\/cli\/commands\/list\.ts:\d+:\d+: /);
  }, 120_000);

  it('a missing or replaced bundle is rebuilt', () => {
    const file = join(copy, 'main/cli/commands/list.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\nexport const broken = ;\n', ''));
    expect(runBin(copy, ['list']).code).toBe(0);
    const bundle = join(copy, 'out/cli/resdraft.mjs');
    writeFileSync(bundle, "export async function main() { process.stdout.write('stale\\n'); return 0; }\n");
    const r = runBin(copy, ['list']);
    expect(r.stdout).not.toContain('stale');
    expect(r.stdout).toMatch(/^ {2}5 {2}Enhanced participation/);
    rmSync(bundle);
    expect(runBin(copy, ['list']).stdout).toBe(r.stdout);
  }, 120_000);
});
