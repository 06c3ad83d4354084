// `npm run web`: the renderer and the services over HTTP on 127.0.0.1 (see ../../README.md).
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { createAppContext, readVersion } from '../host/appContext';
import { createHostHandlers } from '../host/hostHandlers';
import { createHostService } from '../host/hostService';
import { defaultRendererDir } from '../host/rendererFiles';
import { pathToFileURL } from 'node:url';
import { openBrowser } from './openBrowser';
import { LAUNCH_TOKEN_MS, removeLauncher, writeLauncher } from './browserLauncher';
import { startWebServer } from './webServer';

const USAGE = `Usage: npm run web -- [--no-open] [--port N]

Runs Resolution Drafter in your browser: the app is served on 127.0.0.1 only. The browser signs
in once through a one-time address (it works once; the secret itself is kept in a cookie and
never appears on a command line). Keep the terminal open while you work; Ctrl+C stops it.

  --no-open   print the one-time address (for you alone) but do not open the system browser
  --port N    listen on port N (default: a free port)

Drafts are kept in your Documents folder (RESDRAFT_DATA_DIR overrides it).
`;

async function main(argv: string[]): Promise<number> {
  let values: { 'no-open'?: boolean; port?: string; help?: boolean };
  try {
    values = parseArgs({ args: argv, options: { 'no-open': { type: 'boolean' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (e) {
    process.stderr.write(`resdraft web: ${(e as Error).message.split('\n')[0]}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`resdraft web: --port must be a whole number from 0 to 65535 (got "${values.port}")\n`);
    return 2;
  }
  const root = resolve(import.meta.dirname, '../..');
  let ctx;
  try {
    ctx = createAppContext(readVersion(join(root, 'package.json')), [join(root, 'resources'), join(root, 'out'), join(root, 'main'), join(root, 'node_modules')]);
  } catch (e) {
    process.stderr.write(`resdraft web: ${(e as Error).message}\n`);
    return 1;
  }
  const service = createHostService({ kind: 'web', version: ctx.version, corpus: ctx.corpus, folders: ctx.folders, session: ctx.session });
  const server = await startWebServer({
    handlers: createHostHandlers(service),
    rendererDir: defaultRendererDir(root),
    port,
    log: (line) => process.stderr.write(`resdraft web: ${line}\n`),
  });
  process.stdout.write(
    `Resolution Drafter ${ctx.version} is running. Open this address in your browser (it works once):\n\n  ${server.signInUrl()}\n\n` +
      `Then more tabs of the same browser can use ${server.url}\nDrafts folder: ${ctx.folders.documents}\nPress Ctrl+C to stop.\n`,
  );
  let launcher: string | null = null;
  if (!values['no-open']) {
    // the browser is given a private file to open, not the address: nothing secret on a command line
    launcher = writeLauncher(ctx.folders.state, server.signInUrl(LAUNCH_TOKEN_MS));
    server.onSignIn = () => removeLauncher(launcher);
    setTimeout(() => removeLauncher(launcher), LAUNCH_TOKEN_MS).unref();
    openBrowser(pathToFileURL(launcher).href, (m) => process.stderr.write(`resdraft web: ${m}\n`));
  }
  const stop = () => {
    removeLauncher(launcher);
    ctx.session.dispose();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
