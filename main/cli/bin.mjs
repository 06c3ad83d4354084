#!/usr/bin/env node
// The `resdraft` command (package.json "bin"). Runs the built CLI, out/cli/resdraft.mjs. When that is
// missing or any file it was built from has changed (scripts/cliBundle.mjs), it is rebuilt first
// (scripts/buildCli.mjs): a stale bundle never runs, and a fresh clone works after `npm install`.
import module from 'node:module';
import { BUNDLE_URL, bundleIsFresh } from '../../scripts/cliBundle.mjs';

// V8 keeps the compiled bundle on disk between calls (a secretariat script runs this hundreds of times)
module.enableCompileCache?.();

if (!bundleIsFresh()) {
  const builder = await import('../../scripts/buildCli.mjs');
  try {
    await builder.buildCli();
  } catch (e) {
    process.stderr.write(`resdraft: building the CLI from the sources failed:\n${builder.buildErrorText(e)}\n`);
    process.exit(1);
  }
}
const { main } = await import(BUNDLE_URL.href);
process.exitCode = await main(process.argv.slice(2));
