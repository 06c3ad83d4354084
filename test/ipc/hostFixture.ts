import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHostHandlers, type HostHandler } from '../../main/host/hostHandlers';
import { createHostService, type HostDialogs, type HostImpl } from '../../main/host/hostService';
import { Corpus } from '../../main/services/corpus';
import { DocumentSession } from '../../main/services/documentSession';
import type { DataFolders } from '../../main/services/dataFolders';
import type { InvokableMethod } from '../../shared/host/hostMethods';

/** A real host service on temporary data folders, with its validating handlers. */
export interface HostFixture {
  root: string;
  folders: DataFolders;
  service: HostImpl;
  handlers: Record<InvokableMethod, HostHandler>;
  calls: string[];
  dispose(): void;
}

/** Builds the fixture; `dialogs` stands in for native dialogs (desktop) when given. */
export function hostFixture(dialogs?: HostDialogs): HostFixture {
  const root = mkdtempSync(join(tmpdir(), 'resdraft-ipc-'));
  const folders = { documents: join(root, 'docs'), state: join(root, 'state') };
  mkdirSync(folders.documents);
  const session = new DocumentSession({ folders, author: () => 'tester' });
  const calls: string[] = [];
  const service = createHostService({
    kind: 'test',
    version: '0.0.0-test',
    corpus: new Corpus(),
    folders,
    session,
    dialogs,
    openExternal: async (url) => {
      calls.push(`openExternal ${url}`);
    },
  });
  return { root, folders, service, handlers: createHostHandlers(service), calls, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
