// Step 6: what the hire must bring, the qualities that make the role work, and the nice-to-haves.
import { useTranslation } from 'react-i18next';
import { LIST_LIMITS, TEXT_LIMITS } from '../../../../core/role/limits';
import type { RoleDesign, TextItem } from '../../../../core/schema/role';
import { ItemListEditor } from '../../components/ItemListEditor';
import { Suggestions } from '../../components/Suggestions';
import { newId } from '../../state/ids';
import { useStudio } from '../../state/store';
import type { PanelProps } from '../registry';

type ListKey = 'mustHaves' | 'qualities' | 'niceToHaves';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function QualificationsStep({ role, update }: PanelProps) {
  const { t } = useTranslation();
  const template = useStudio((s) => s.template);
  const setList = (key: ListKey) => (items: TextItem[]) => update((r): RoleDesign => ({ ...r, [key]: items }));
  const niceFull = role.niceToHaves.length >= LIST_LIMITS.niceToHaves;
  const suggestions = (template?.suggestions.niceToHaves ?? [])
    .filter((text) => !role.niceToHaves.some((n) => same(n.text, text)))
    .map((text) => ({ key: text, label: text }));

  const list = (key: ListKey, idPrefix: string) => ({
    path: key,
    legend: t(`ui.qualifications.${key}.legend`),
    hint: t(`ui.qualifications.${key}.hint`),
    itemLabelKey: `ui.qualifications.${key}.item`,
    addLabel: t(`ui.qualifications.${key}.add`),
    fullKey: 'ui.list.full',
    items: role[key],
    max: LIST_LIMITS[key],
    maxLength: TEXT_LIMITS.item,
    idPrefix,
    onChange: setList(key),
  });

  return (
    <div className="form">
      <section className="panel">
        {/* too many must-haves is a language-check finding, shown (and dismissable) under the list */}
        <ItemListEditor {...list('mustHaves', 'h')} />
      </section>
      <section className="panel">
        <ItemListEditor {...list('qualities', 'q')} />
      </section>
      <section className="panel">
        <ItemListEditor {...list('niceToHaves', 'n')} />
        <Suggestions
          heading={t('ui.suggestions.heading')}
          suggestions={suggestions}
          blockedKey={niceFull ? 'ui.qualifications.niceToHaves.suggestionsFull' : undefined}
          onAdd={(text) => setList('niceToHaves')([...role.niceToHaves, { id: newId('n'), text }])}
        />
      </section>
    </div>
  );
}
