import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface BuilderConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(k: string, v: unknown): void }): Promise<void>;
}
// electron-builder's own loader and JSON-schema validator (what `electron-builder` runs first)
const builder = require('app-builder-lib/out/util/config/config') as BuilderConfigModule;

async function loadConfig(): Promise<Record<string, unknown>> {
  return builder.getConfig(ROOT, null, null);
}

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s schema validation', async () => {
    const config = await loadConfig();
    await expect(builder.validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('the validator can fail: a misspelt option is rejected', async () => {
    const config = { ...(await loadConfig()), electronFusez: { runAsNode: false } };
    await expect(builder.validateConfiguration(config, { isEnabled: false, add: () => undefined })).rejects.toThrow(/electronFusez/);
  });

  it('targets AppImage + deb, NSIS and dmg, and associates .resdraft', async () => {
    const c = (await loadConfig()) as Record<string, { target?: string[] } & Record<string, unknown>>;
    expect(c.appId).toBe('org.resolutiondrafter.app');
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.win.target).toEqual(['nsis']);
    expect(c.mac.target).toEqual(['dmg']);
    expect((c.fileAssociations as unknown as { ext: string }[]).map((a) => a.ext)).toEqual(['resdraft']);
  });

  it('sets the security fuses', async () => {
    const c = await loadConfig();
    expect(c.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(c.asar).toBe(true);
  });

  it('ships the bundles the build writes and icons that exist and are real PNGs of the named size', async () => {
    const c = (await loadConfig()) as { files: { filter: string[] }[]; linux: { icon: string }; win: { icon: string }; mac: { icon: string } };
    const filters = c.files.flatMap((f) => f.filter);
    expect(filters).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', '!node_modules/**']));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/main.mjs');
    for (const icon of [c.win.icon, c.mac.icon]) {
      const png = readFileSync(join(ROOT, icon));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    }
    for (const n of [16, 32, 64, 128, 256, 512]) {
      const file = join(ROOT, c.linux.icon, `${n}x${n}.png`);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([n, n]);
    }
  });
});
