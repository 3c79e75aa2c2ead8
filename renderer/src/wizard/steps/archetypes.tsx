// Step 7: how much of each archetype the role needs. Changing one weight shares the difference
// among the others, so the four always add up to 100.
import { useTranslation } from 'react-i18next';
import { archetypeTotal, setArchetypeWeight } from '../../../../core/role/archetypes';
import { ARCHETYPES } from '../../../../core/role/vocabulary';
import { ArchetypeChart } from '../../components/ArchetypeChart';
import { IssueText } from '../../components/IssueText';
import { useFieldIssue } from '../../components/issues';
import { FACTS } from '../../../../core/sources/facts';
import { useCitations } from '../../sources/useCitations';
import { WeightControl } from '../parts/WeightControl';
import type { PanelProps } from '../registry';

export function ArchetypesStep({ role, update }: PanelProps) {
  const { t } = useTranslation();
  const issue = useFieldIssue('archetypes');
  const total = archetypeTotal(role.archetypes);
  const cite = useCitations();

  return (
    <div className="form archetypes">
      <section className="panel" aria-labelledby="archetypes-weights">
        <h2 id="archetypes-weights">{t('ui.archetypes.weightsHeading')}</h2>
        <p className="hint">{t('ui.archetypes.source', { source: cite.sourceLine(FACTS.archetypes) })}</p>
        {ARCHETYPES.map((archetype) => (
          <WeightControl
            key={archetype}
            archetype={archetype}
            weight={role.archetypes[archetype]}
            onChange={(value) => update((r) => ({ ...r, archetypes: setArchetypeWeight(r.archetypes, archetype, value) }))}
          />
        ))}
        <p className="total" id="field-archetypes" tabIndex={-1}>
          {t('ui.archetypes.total', { total })}
        </p>
        <IssueText path="archetypes" code={issue} />
      </section>
      <section className="panel chart-panel" aria-labelledby="archetypes-profile">
        <h2 id="archetypes-profile">{t('ui.archetypes.profileHeading')}</h2>
        <ArchetypeChart weights={role.archetypes} />
      </section>
    </div>
  );
}
