// A criterion's interview questions: two or three open questions, each editable and removable.
// Adding focuses the new question; removing focuses the one that took its place.
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../../core/schema/rubric';
import { rubricField } from '../../../../../core/rubric/check';
import { IssueText } from '../../../components/IssueText';
import { describedBy, fieldId, issueId, useFieldIssue } from '../../../components/issues';
import { TextField } from '../../../components/TextField';
import { useFocusLater } from '../../../components/useFocusLater';
import { useStudio } from '../../../state/store';

/** More than three questions per criterion will not fit into an interview slot. */
export const MAX_QUESTIONS = 3;
const QUESTION_LENGTH = 500;

interface Props {
  criterion: Criterion;
  onChange: (questions: string[]) => void;
}

export function QuestionsEditor({ criterion: c, onChange }: Props) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const listPath = rubricField.questions(c.id);
  const listIssue = useFieldIssue(listPath);
  const full = c.questions.length >= MAX_QUESTIONS;
  const name = c.title.trim() || t('ui.rubric.untitled');

  const remove = (index: number) => {
    const rest = c.questions.filter((_, i) => i !== index);
    onChange(rest);
    useStudio.getState().announceRemoval('ui.undo.removed', { name: t('ui.undo.question', { n: index + 1 }) });
    focusLater(rest.length ? fieldId(rubricField.question(c.id, Math.min(index, rest.length - 1))) : fieldId(listPath));
  };
  const add = () => {
    onChange([...c.questions, '']);
    focusLater(fieldId(rubricField.question(c.id, c.questions.length)));
  };

  return (
    <fieldset className="questions">
      <legend>{t('ui.rubric.questions')}</legend>
      <p className="hint">{t('ui.rubric.questionsHint', { max: MAX_QUESTIONS })}</p>
      <ol>
        {c.questions.map((question, index) => {
          const label = t('ui.rubric.question', { n: index + 1 });
          return (
            // questions have no ids; their position is their identity while editing
            <li key={index} className="item-row">
              <TextField
                path={rubricField.question(c.id, index)}
                label={label}
                value={question}
                maxLength={QUESTION_LENGTH}
                rows={2}
                grows
                onChange={(text) => onChange(c.questions.map((q, i) => (i === index ? text : q)))}
              />
              {c.questions.length > 1 && (
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('ui.rubric.removeQuestion', { n: index + 1, name })}
                  onClick={() => remove(index)}
                >
                  {t('ui.list.remove')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={fieldId(listPath)}
        className="secondary"
        disabled={full}
        aria-describedby={describedBy(listIssue && issueId(listPath))}
        onClick={add}
      >
        {t('ui.rubric.addQuestion')}
      </button>
      {full && <p className="hint">{t('ui.rubric.questionsFull', { max: MAX_QUESTIONS })}</p>}
      <IssueText path={listPath} code={listIssue} />
    </fieldset>
  );
}
