// Roles for the language tests: a template's role with every free text and list emptied, so a test
// controls every word the checker sees. Built from a template, never by hand, so it stays valid.
import type { RoleDesign } from '../schema/role.js';
import { templateRole } from './roles.js';

export function blankRole(edit: (role: RoleDesign) => void = () => {}): RoleDesign {
  return templateRole('cxo', (role) => {
    role.title = 'Chief Experience Officer';
    role.objectives = { purpose: '', outcomes: [], metrics: [] };
    role.responsibilities = [];
    role.mustHaves = [];
    role.qualities = [];
    role.niceToHaves = [];
    role.context.teams = [];
    role.position.workModelDetail = '';
    role.offer = { ...role.offer, note: '', benefits: [] };
    role.application = { ...role.application, method: '', nextSteps: '', equalOpportunity: '' };
    edit(role);
  });
}

/** `count` plain sentences of `size` one-syllable words, to reach a word count without findings. */
export function filler(count: number, size = 10): string {
  const words = ['we', 'plan', 'the', 'work', 'and', 'ship', 'it', 'on', 'time', 'well'];
  const sentence = Array.from({ length: size }, (_, i) => words[i % words.length]).join(' ');
  return Array.from({ length: count }, () => `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`).join(' ');
}
