// Step 4: what the role does, grouped by theme. Rows can be reordered within their theme, tied to
// the outcomes and metrics that measure them, removed, or added from the template's suggestions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unmeasuredResponsibilities } from '../../../../core/role/coverage';
import { LIST_LIMITS } from '../../../../core/role/limits';
import { moveWithinTheme, positionInTheme, themeGroups, type Direction } from '../../../../core/role/lists';
import type { Responsibility } from '../../../../core/schema/role';
import { IssueText } from '../../components/IssueText';
import { describedBy, fieldId, issueId, useFieldIssue } from '../../components/issues';
import { Suggestions } from '../../components/Suggestions';
import { FieldFindings } from '../../language/FieldFindings';
import { useFocusLater } from '../../components/useFocusLater';
import { newId } from '../../state/ids';
import { useStudio } from '../../state/store';
import { ResponsibilityCard, THEME_LIST_ID } from '../parts/ResponsibilityCard';
import type { PanelProps } from '../registry';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function ResponsibilitiesStep({ role, update }: PanelProps) {
  const { t } = useTranslation();
  const template = useStudio((s) => s.template);
  const focusLater = useFocusLater();
  const [announcement, setAnnouncement] = useState('');
  const list = role.responsibilities;
  const groups = themeGroups(list);
  const order = groups.flatMap((g) => g.items);
  const unmeasured = new Set(unmeasuredResponsibilities(role));
  const listIssue = useFieldIssue('responsibilities');
  const full = list.length >= LIST_LIMITS.responsibilities;

  const setList = (next: Responsibility[]) => update((r) => ({ ...r, responsibilities: next }));
  const add = (theme: string, text = '') => {
    const item: Responsibility = { id: newId('r'), theme, text, measuredBy: [] };
    setList([...list, item]);
    return item;
  };
  const move = (item: Responsibility, direction: Direction) => {
    const next = moveWithinTheme(list, item.id, direction);
    setList(next);
    const { position, count } = positionInTheme(next, item.id);
    setAnnouncement(t('ui.responsibilities.moved', { position, count, theme: item.theme.trim() || t('ui.responsibilities.noTheme') }));
  };
  const remove = (item: Responsibility) => {
    const at = order.findIndex((r) => r.id === item.id);
    const neighbour = order[at + 1] ?? order[at - 1];
    setList(list.filter((r) => r.id !== item.id));
    useStudio.getState().announceRemoval('ui.undo.removed', { name: item.theme.trim() || t('ui.responsibilities.noTheme') });
    focusLater(neighbour ? fieldId(`responsibilities.${neighbour.id}.text`) : fieldId('responsibilities'));
  };
  const addOwn = () => {
    const item = add(list[list.length - 1]?.theme ?? t('ui.responsibilities.defaultTheme'));
    focusLater(fieldId(`responsibilities.${item.id}.text`));
  };
  const suggestions = (template?.suggestions.responsibilities ?? [])
    .filter((s) => !list.some((r) => same(r.text, s.text)))
    .map((s) => ({ key: s.text, label: s.text, detail: s.theme }));

  return (
    <div className="form">
      <section className="panel" aria-labelledby="responsibilities-list">
        <h2 id="responsibilities-list">{t('ui.responsibilities.heading')}</h2>
        <p className="hint">{t('ui.responsibilities.hint')}</p>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <datalist id={THEME_LIST_ID}>
          {groups
            .filter((g) => g.theme)
            .map((g) => (
              <option key={g.theme} value={g.theme} />
            ))}
        </datalist>
        {/* one flat parent, so a row moving between groups keeps its DOM node and the focus */}
        <div className="responsibility-list">
          {groups.flatMap((group) => [
            <h3 key={`theme:${group.theme}`} className="theme-heading">
              {group.theme || t('ui.responsibilities.noTheme')}
            </h3>,
            ...group.items.map((item, i) => (
              <ResponsibilityCard
                key={item.id}
                item={item}
                number={order.indexOf(item) + 1}
                role={role}
                first={i === 0}
                last={i === group.items.length - 1}
                unmeasured={unmeasured.has(item.id)}
                onChange={(patch) => setList(list.map((r) => (r.id === item.id ? { ...r, ...patch } : r)))}
                onMove={(direction) => move(item, direction)}
                onRemove={() => remove(item)}
              />
            )),
          ])}
        </div>
        <button
          type="button"
          id={fieldId('responsibilities')}
          className="secondary"
          disabled={full}
          aria-describedby={describedBy(listIssue && issueId('responsibilities'))}
          onClick={addOwn}
        >
          {t('ui.responsibilities.add')}
        </button>
        {full && <p className="hint">{t('ui.responsibilities.full', { max: LIST_LIMITS.responsibilities })}</p>}
        <IssueText path="responsibilities" code={listIssue} />
        <FieldFindings path="responsibilities" />
      </section>
      {suggestions.length > 0 && (
        <section className="panel">
          <Suggestions
            heading={t('ui.suggestions.heading')}
            suggestions={suggestions}
            blockedKey={full ? 'ui.responsibilities.suggestionsFull' : undefined}
            onAdd={(text) => {
              const suggestion = template?.suggestions.responsibilities.find((s) => s.text === text);
              if (suggestion) add(suggestion.theme, suggestion.text);
            }}
          />
        </section>
      )}
    </div>
  );
}
