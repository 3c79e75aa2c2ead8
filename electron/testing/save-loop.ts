// A child process for the kill-during-save test: saves two large, different projects to one path,
// alternately, until it is killed. Prints "ready" once the first save has landed.
import '../../core/i18n/all.js';
import { writeProjectFile } from '../files/project-file.js';
import { largeProject } from './large-project.js';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: save-loop PATH');
const projects = [largeProject('A'), largeProject('B')];

async function saveForever(target: string): Promise<never> {
  for (let i = 0; ; i += 1) {
    const saved = await writeProjectFile(target, projects[i % 2]!);
    if (!saved.ok) throw new Error(JSON.stringify(saved.problem));
    if (i === 0) process.stdout.write('ready\n');
  }
}

void saveForever(path);
