// A child process for the kill-during-save and concurrent-save tests: saves large projects, one
// per tag given (default A and B), to one path in turn, until it is killed. Prints "ready" once
// its first save has landed, then a line per hundred saves with how many were refused because
// another writer had changed the file in between (never overwritten silently).
import '../../core/i18n/all.js';
import { writeProjectFile } from '../files/project-file.js';
import { largeProject } from './large-project.js';

const [path, ...tags] = process.argv.slice(2);
if (!path) throw new Error('usage: save-loop PATH [TAG…]');
const projects = (tags.length ? tags : ['A', 'B']).map(largeProject);
const REFUSALS = new Set(['file.changedOnDisk', 'file.appeared', 'file.vanished']);

async function saveForever(target: string): Promise<never> {
  let saved = 0;
  let refused = 0;
  for (let i = 0; ; i += 1) {
    const result = await writeProjectFile(target, projects[i % projects.length]!, { kind: 'replace' });
    if (result.ok) saved += 1;
    else if (REFUSALS.has(result.problem.code)) refused += 1;
    else throw new Error(JSON.stringify(result.problem));
    if (saved === 1 && result.ok) process.stdout.write('ready\n');
    if ((i + 1) % 20 === 0) process.stdout.write(`saved ${saved} refused ${refused}\n`);
  }
}

void saveForever(path);
