// Step 3: why the role exists: its purpose, up to five business outcomes and the metrics to move.
import { useTranslation } from 'react-i18next';
import { LIST_LIMITS, TEXT_LIMITS } from '../../../../core/role/limits';
import { removeMeasure } from '../../../../core/role/lists';
import type { TextItem } from '../../../../core/schema/role';
import { ItemListEditor } from '../../components/ItemListEditor';
import { Suggestions } from '../../components/Suggestions';
import { TextField } from '../../components/TextField';
import { newId } from '../../state/ids';
import { useStudio } from '../../state/store';
import { MetricsEditor } from '../parts/MetricsEditor';
import type { PanelProps } from '../registry';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function ObjectivesStep({ role, update }: PanelProps) {
  const { t } = useTranslation();
  const template = useStudio((s) => s.template);
  const { outcomes } = role.objectives;
  const full = outcomes.length >= LIST_LIMITS.outcomes;

  const setOutcomes = (next: TextItem[]) =>
    update((r) => {
      // a removed outcome must not stay behind in any responsibility's "measured by"
      const kept = new Set(next.map((o) => o.id));
      const cleaned = r.objectives.outcomes.filter((o) => !kept.has(o.id)).reduce((acc, o) => removeMeasure(acc, o.id), r);
      return { ...cleaned, objectives: { ...cleaned.objectives, outcomes: next } };
    });
  const suggestions = (template?.suggestions.outcomes ?? [])
    .filter((text) => !outcomes.some((o) => same(o.text, text)))
    .map((text) => ({ key: text, label: text }));

  return (
    <div className="form">
      <section className="panel" aria-labelledby="objectives-purpose">
        <h2 id="objectives-purpose">{t('ui.objectives.purposeHeading')}</h2>
        <TextField
          path="objectives.purpose"
          label={t('ui.objectives.purpose')}
          hint={t('ui.objectives.purposeHint')}
          value={role.objectives.purpose}
          maxLength={TEXT_LIMITS.purpose}
          rows={5}
          required
          onChange={(purpose) => update((r) => ({ ...r, objectives: { ...r.objectives, purpose } }))}
        />
      </section>
      <section className="panel">
        <ItemListEditor
          path="objectives.outcomes"
          legend={t('ui.objectives.outcomes')}
          hint={t('ui.objectives.outcomesHint', { max: LIST_LIMITS.outcomes })}
          itemLabelKey="ui.objectives.outcomeLabel"
          addLabel={t('ui.objectives.addOutcome')}
          fullKey="ui.objectives.outcomesFull"
          items={outcomes}
          max={LIST_LIMITS.outcomes}
          maxLength={TEXT_LIMITS.item}
          idPrefix="o"
          onChange={setOutcomes}
        />
        <Suggestions
          heading={t('ui.suggestions.heading')}
          suggestions={suggestions}
          blockedKey={full ? 'ui.objectives.suggestionsFull' : undefined}
          onAdd={(text) => setOutcomes([...outcomes, { id: newId('o'), text }])}
        />
      </section>
      <MetricsEditor role={role} update={update} />
    </div>
  );
}
