import { main } from '../../main/cli/resdraft';

/** One in-process CLI run: the same `main` the `resdraft` bin calls, with buffered streams. */
export async function runMain(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => ({ bytes: new TextEncoder().encode(stdin), identity: null }),
  });
  return { code, stdout, stderr };
}
