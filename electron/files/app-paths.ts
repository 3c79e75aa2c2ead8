// Where the app keeps its own data and where file dialogs start, outside Electron. Environment
// variables let tests and power users point both somewhere else.
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(): string {
  const fromEnv = process.env.CXO_DATA_DIR;
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  const dir = fromEnv || join(base, 'cxo-role-studio');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function defaultDocumentsDir(): string {
  const fromEnv = process.env.CXO_DOCUMENTS_DIR;
  if (fromEnv) return fromEnv;
  const documents = join(homedir(), 'Documents');
  return existsSync(documents) ? documents : homedir();
}
