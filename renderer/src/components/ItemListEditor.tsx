// An editable list of short texts (outcomes, must-haves, qualities, nice-to-haves): edit in place,
// remove, add up to a limit. Adding focuses the new row; removing focuses the row that took its place.
import { useTranslation } from 'react-i18next';
import type { TextItem } from '../../../core/schema/role';
import { FieldFindings } from '../language/FieldFindings';
import { newId } from '../state/ids';
import { useStudio } from '../state/store';
import { IssueText } from './IssueText';
import { describedBy, fieldId, issueId, useFieldIssue } from './issues';
import { TextField } from './TextField';
import { useFocusLater } from './useFocusLater';

interface Props {
  /** role path of the list, e.g. `mustHaves`; each row's path is `<path>.<id>` */
  path: string;
  legend: string;
  hint?: string;
  /** catalogue key of one row's label, given {{n}} */
  itemLabelKey: string;
  addLabel: string;
  /** catalogue key of the message shown once the list is full */
  fullKey: string;
  items: readonly TextItem[];
  max: number;
  maxLength: number;
  idPrefix: string;
  onChange: (items: TextItem[]) => void;
}

export function ItemListEditor({ path, legend, hint, itemLabelKey, addLabel, fullKey, items, max, maxLength, idPrefix, onChange }: Props) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const listIssue = useFieldIssue(path);
  const full = items.length >= max;
  const fullId = `${fieldId(path)}-full`;

  const add = () => {
    const item = { id: newId(idPrefix), text: '' };
    onChange([...items, item]);
    focusLater(fieldId(`${path}.${item.id}`));
  };
  const remove = (index: number) => {
    const rest = items.filter((_, i) => i !== index);
    const neighbour = rest[index] ?? rest[index - 1];
    onChange(rest);
    useStudio.getState().announceRemoval('ui.undo.removed', { name: t(itemLabelKey, { n: index + 1 }) });
    focusLater(neighbour ? fieldId(`${path}.${neighbour.id}`) : fieldId(path));
  };

  return (
    <fieldset className="item-list">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <ol>
        {items.map((item, index) => {
          const label = t(itemLabelKey, { n: index + 1 });
          return (
            <li key={item.id} className="item-row">
              <TextField
                path={`${path}.${item.id}`}
                label={label}
                value={item.text}
                maxLength={maxLength}
                rows={2}
                grows
                onChange={(text) => onChange(items.map((it) => (it.id === item.id ? { ...it, text } : it)))}
              />
              <button type="button" className="quiet" aria-label={t('ui.list.removeNamed', { name: label })} onClick={() => remove(index)}>
                {t('ui.list.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={fieldId(path)}
        className="secondary"
        disabled={full}
        aria-describedby={describedBy(full && fullId, listIssue && issueId(path))}
        onClick={add}
      >
        {addLabel}
      </button>
      {full && (
        <p className="hint" id={fullId}>
          {t(fullKey, { max })}
        </p>
      )}
      <IssueText path={path} code={listIssue} />
      <FieldFindings path={path} />
    </fieldset>
  );
}
