import type { Project } from '../../core/schema/project.js';
import { templateProject } from '../../core/testing/roles.js';

/** A project of a few hundred kilobytes, different for each tag, so a torn write could never pass for either. */
export function largeProject(tag: string): Project {
  const project = templateProject('cxo');
  project.role.company.name = `Company ${tag}`;
  project.role.company.description = `${tag} `.repeat(900).trim();
  project.hiring.candidates = Array.from({ length: 2000 }, (_, i) => ({
    id: `cand-${tag}-${i}`,
    name: `Candidate ${tag}${i}`,
    currentRole: `Director of service ${tag} ${i}`,
    origin: i % 2 ? 'internal' : 'external',
  }));
  return project;
}
