// "Why we chose this": the author's reasoning for the board, one per step that shapes a review
// section. Kept in project.review.rationale, so it travels with the file and with each version.
import { useTranslation } from 'react-i18next';
import { Review, type ReviewSection } from '../../../../core/schema/review';
import { TextField } from '../../components/TextField';
import { useStudio } from '../../state/store';

/** the schema's own ceiling, so the box can never accept more than a file may hold */
const MAX_LENGTH =
  (Object.values(Review.properties.rationale.patternProperties)[0] as { maxLength?: number } | undefined)?.maxLength ?? 2000;

export function RationaleField({ section }: { section: ReviewSection }) {
  const { t } = useTranslation();
  const text = useStudio((s) => s.project?.review.rationale[section] ?? '');
  const updateReview = useStudio((s) => s.updateReview);

  const change = (value: string) =>
    updateReview((review) => {
      // an emptied box leaves no key behind, so typing and deleting does not turn a version into a draft
      const { [section]: _old, ...rest } = review.rationale;
      return { ...review, rationale: value ? { ...rest, [section]: value } : rest };
    });

  return (
    <section className="panel rationale" aria-labelledby="rationale-heading">
      <h2 id="rationale-heading" className="visually-hidden">
        {t('ui.rationale.heading')}
      </h2>
      <TextField
        path={`review.rationale.${section}`}
        label={t('ui.rationale.label')}
        hint={t('ui.rationale.hint')}
        value={text}
        maxLength={MAX_LENGTH}
        rows={3}
        onChange={change}
      />
    </section>
  );
}
