// One responsibility: its words and theme, what measures it, and controls to move or remove it.
// Move buttons at either end of a theme stay focusable (aria-disabled) so focus never drops.
import { useTranslation } from 'react-i18next';
import { metricName } from '../../../../core/role/metrics';
import type { Direction } from '../../../../core/role/lists';
import { TEXT_LIMITS } from '../../../../core/role/limits';
import type { Responsibility, RoleDesign } from '../../../../core/schema/role';
import { fieldId } from '../../components/issues';
import { TextField } from '../../components/TextField';

export const THEME_LIST_ID = 'responsibility-themes';

interface Props {
  item: Responsibility;
  number: number;
  role: RoleDesign;
  first: boolean;
  last: boolean;
  unmeasured: boolean;
  onChange: (patch: Partial<Responsibility>) => void;
  onMove: (direction: Direction) => void;
  onRemove: () => void;
}

export function ResponsibilityCard({ item, number, role, first, last, unmeasured, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const base = `responsibilities.${item.id}`;
  const name = t('ui.responsibilities.label', { n: number });
  const warningId = `${base}-unmeasured`;
  const measures = [
    ...role.objectives.outcomes.map((o, i) => ({ id: o.id, label: o.text.trim() || t('ui.objectives.outcomeLabel', { n: i + 1 }) })),
    ...role.objectives.metrics.map((m) => ({ id: m.id, label: metricName(m, t) })),
  ];
  const toggle = (id: string, on: boolean) =>
    onChange({ measuredBy: on ? [...item.measuredBy.filter((m) => m !== id), id] : item.measuredBy.filter((m) => m !== id) });

  const linked = measures.filter((m) => item.measuredBy.includes(m.id));

  return (
    <div
      className={`responsibility ${unmeasured ? 'unmeasured' : ''}`}
      role="group"
      aria-label={name}
      aria-describedby={unmeasured ? warningId : undefined}
    >
      <TextField
        path={`${base}.text`}
        label={name}
        value={item.text}
        maxLength={TEXT_LIMITS.responsibility}
        rows={2}
        grows
        required
        onChange={(text) => onChange({ text })}
      />
      <div className="responsibility-bar">
        <TextField
          path={`${base}.theme`}
          label={t('ui.responsibilities.theme')}
          value={item.theme}
          maxLength={TEXT_LIMITS.theme}
          list={THEME_LIST_ID}
          required
          className="theme-field"
          onChange={(theme) => onChange({ theme })}
        />
        <div className="row-actions">
          <MoveButton
            label={t('ui.responsibilities.moveUpNamed', { name })}
            text={t('ui.responsibilities.moveUp')}
            blocked={first}
            onMove={() => onMove('up')}
          />
          <MoveButton
            label={t('ui.responsibilities.moveDownNamed', { name })}
            text={t('ui.responsibilities.moveDown')}
            blocked={last}
            onMove={() => onMove('down')}
          />
          <button type="button" className="quiet" aria-label={t('ui.list.removeNamed', { name })} onClick={onRemove}>
            {t('ui.list.remove')}
          </button>
        </div>
      </div>
      {/* closed by default: ten responsibilities each listing every outcome and metric would bury the list */}
      <details className="measured-by">
        {/* the language check's "Show me" for an unmeasured responsibility lands here */}
        <summary id={fieldId(`${base}.measuredBy`)}>
          <span className="measured-by-title">{t('ui.responsibilities.measuredBy')}</span>{' '}
          <span className="measured-by-summary">
            {linked.length ? linked.map((m) => m.label).join(' · ') : t('ui.responsibilities.measuredByNone')}
          </span>
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('ui.responsibilities.measuredByLegend', { name })}</legend>
          {measures.length === 0 && <p className="hint">{t('ui.responsibilities.noMeasures')}</p>}
          <div className="check-grid">
            {measures.map((m) => (
              <label key={m.id} className="choice small">
                <input
                  type="checkbox"
                  id={`field-${base}.measuredBy-${m.id}`}
                  checked={item.measuredBy.includes(m.id)}
                  onChange={(event) => toggle(m.id, event.target.checked)}
                />
                <span>{m.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </details>
      {unmeasured && (
        <p className="warning" id={warningId}>
          {t('ui.responsibilities.unmeasured')}
        </p>
      )}
    </div>
  );
}

function MoveButton({ label, text, blocked, onMove }: { label: string; text: string; blocked: boolean; onMove: () => void }) {
  return (
    <button type="button" className="quiet" aria-label={label} aria-disabled={blocked || undefined} onClick={() => !blocked && onMove()}>
      {text}
    </button>
  );
}
