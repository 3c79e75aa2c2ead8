// Adding a criterion of the user's own: it needs a title; the anchors and questions start from the
// catalogue's generic wording, ready to be rewritten.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../../core/role/limits';
import { TextField } from '../../../components/TextField';
import { fieldId } from '../../../components/issues';

interface Props {
  full: boolean;
  max: number;
  onAdd: (title: string) => void;
}

const PATH = 'rubric.newCriterion';

export function AddCriterion({ full, max, onAdd }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);

  const add = () => {
    const trimmed = title.trim();
    if (!trimmed) {
      setMissing(true);
      document.getElementById(fieldId(PATH))?.focus();
      return;
    }
    onAdd(trimmed);
    setTitle('');
    setMissing(false);
  };

  if (full) return <p className="hint">{t('ui.rubric.full', { max })}</p>;
  return (
    <form
      className="add-row"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <TextField
        path={PATH}
        label={t('ui.rubric.newTitle')}
        value={title}
        maxLength={TEXT_LIMITS.item}
        issue={missing ? 'ui.rubric.newTitleMissing' : undefined}
        onChange={(text) => {
          setTitle(text);
          if (text.trim()) setMissing(false);
        }}
      />
      <button type="submit" className="secondary">
        {t('ui.rubric.add')}
      </button>
    </form>
  );
}
