// The interviewers, one per interview stage: add by name, rename in place, remove (after asking,
// when they have scorecards, which go with them).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeInterviewer, scorecardCount } from '../../../../../core/hiring/people';
import { Hiring } from '../../../../../core/schema/rubric';
import { useDialogs } from '../../../components/DialogProvider';
import { fieldId } from '../../../components/issues';
import { TextField } from '../../../components/TextField';
import { useFocusLater } from '../../../components/useFocusLater';
import { newId } from '../../../state/ids';
import { useStudio } from '../../../state/store';

const MAX = Hiring.properties.interviewers.maxItems ?? 50;
const NAME_LENGTH = 120;
const NEW_PATH = 'hiring.newInterviewer';
const namePath = (id: string) => `hiring.interviewers.${id}.name`;

export function InterviewerList({ hiring }: { hiring: Hiring }) {
  const { t } = useTranslation();
  const updateHiring = useStudio((s) => s.updateHiring);
  const { confirm } = useDialogs();
  const focusLater = useFocusLater();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const { interviewers } = hiring;

  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setMissing(true);
      document.getElementById(fieldId(NEW_PATH))?.focus();
      return;
    }
    updateHiring((h) => ({ ...h, interviewers: [...h.interviewers, { id: newId('i'), name: trimmed, focus: [] }] }));
    setName('');
    setMissing(false);
  };
  const rename = (id: string, text: string) =>
    updateHiring((h) => ({ ...h, interviewers: h.interviewers.map((i) => (i.id === id ? { ...i, name: text } : i)) }));
  const remove = async (id: string, label: string) => {
    const cards = scorecardCount(hiring, { interviewerId: id });
    const ask = {
      titleKey: 'ui.coverage.removeTitle',
      bodyKey: 'ui.coverage.removeBody',
      confirmKey: 'ui.coverage.removeConfirm',
      params: { name: label, count: cards },
    };
    if (cards > 0 && !(await confirm(ask))) return;
    const at = interviewers.findIndex((i) => i.id === id);
    const neighbour = interviewers[at + 1] ?? interviewers[at - 1];
    updateHiring((h) => removeInterviewer(h, id));
    useStudio.getState().announceRemoval('ui.undo.removed', { name: label });
    focusLater(fieldId(neighbour ? namePath(neighbour.id) : NEW_PATH));
  };

  return (
    <div className="interviewers">
      <h3>{t('ui.coverage.interviewers')}</h3>
      {interviewers.length === 0 && <p className="hint">{t('ui.coverage.none')}</p>}
      <ol className="interviewer-list">
        {interviewers.map((i, index) => {
          const label = t('ui.coverage.interviewer', { n: index + 1 });
          return (
            <li key={i.id} className="item-row">
              <TextField
                path={namePath(i.id)}
                label={label}
                value={i.name}
                maxLength={NAME_LENGTH}
                required
                issue={i.name.trim() ? undefined : 'ui.missing.interviewerName'}
                onChange={(text) => rename(i.id, text)}
              />
              <button
                type="button"
                className="quiet"
                aria-label={t('ui.list.removeNamed', { name: i.name.trim() || label })}
                onClick={() => void remove(i.id, i.name.trim() || label)}
              >
                {t('ui.list.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      {interviewers.length >= MAX ? (
        <p className="hint">{t('ui.coverage.full', { max: MAX })}</p>
      ) : (
        <form
          className="add-row"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <TextField
            path={NEW_PATH}
            label={t('ui.coverage.newName')}
            hint={t('ui.coverage.newNameHint')}
            value={name}
            maxLength={NAME_LENGTH}
            issue={missing ? 'ui.coverage.newNameMissing' : undefined}
            onChange={(text) => {
              setName(text);
              if (text.trim()) setMissing(false);
            }}
          />
          <button type="submit" className="secondary">
            {t('ui.coverage.add')}
          </button>
        </form>
      )}
    </div>
  );
}
