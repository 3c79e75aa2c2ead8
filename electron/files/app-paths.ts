// Where the app keeps its own data and where file dialogs start, outside Electron. Environment
// variables let tests and power users point both somewhere else.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ensurePrivateFolder } from './private-folder.js';

export function defaultDataDir(): string {
  const fromEnv = process.env.CXO_DATA_DIR;
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  // recovery copies and the recent list name candidates: for this user's eyes only (0700)
  return ensurePrivateFolder(fromEnv || join(base, 'cxo-role-studio'));
}

export function defaultDocumentsDir(): string {
  const fromEnv = process.env.CXO_DOCUMENTS_DIR;
  if (fromEnv) return fromEnv;
  const documents = join(homedir(), 'Documents');
  return existsSync(documents) ? documents : homedir();
}
