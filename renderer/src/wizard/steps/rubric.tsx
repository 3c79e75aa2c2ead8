// Step 8: the scoring rubric. One criterion per must-have, quality and archetype (kept in step with
// the role by the store), the user's own criteria, their weights, and which interviewer asks what.
import { CoveragePanel } from '../parts/rubric/CoveragePanel';
import { CriteriaPanel } from '../parts/rubric/CriteriaPanel';
import type { PanelProps } from '../registry';

export function RubricStep({ project }: PanelProps) {
  return (
    <div className="form rubric">
      <CriteriaPanel project={project} />
      <CoveragePanel rubric={project.rubric} hiring={project.hiring} />
    </div>
  );
}
