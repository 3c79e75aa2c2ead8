// The candidates, each with how many of their scorecards are in; a search narrows a long list, and
// only the first matches are drawn so a thousand candidates stay quick.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Hiring } from '../../../core/schema/rubric';
import { newId } from '../state/ids';
import { useStudio } from '../state/store';
import { CandidateForm } from './CandidateForm';

const SHOWN = 100;
/** past this many candidates, finding one by scrolling gets slow */
const SEARCH_FROM = 10;
const MAX = Hiring.properties.candidates.maxItems ?? 5000;

function submittedCounts(hiring: Hiring): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of hiring.scorecards) if (s.status === 'submitted') counts.set(s.candidateId, (counts.get(s.candidateId) ?? 0) + 1);
  return counts;
}

export function CandidateList() {
  const { t } = useTranslation();
  const hiring = useStudio((s) => s.project?.hiring);
  const selected = useStudio((s) => s.candidateId);
  const { selectCandidate, updateHiring } = useStudio.getState();
  const [query, setQuery] = useState('');
  const counts = useMemo(() => (hiring ? submittedCounts(hiring) : new Map<string, number>()), [hiring]);
  if (!hiring) return null;

  const needle = query.trim().toLocaleLowerCase();
  const matches = needle
    ? hiring.candidates.filter((c) => `${c.name} ${c.currentRole}`.toLocaleLowerCase().includes(needle))
    : hiring.candidates;
  const interviewers = hiring.interviewers.length;

  return (
    <section className="panel candidate-list" aria-labelledby="candidate-list-title">
      <h2 id="candidate-list-title">{t('ui.candidates.listHeading', { count: hiring.candidates.length })}</h2>
      {hiring.candidates.length > SEARCH_FROM && (
        <div className="field">
          <label htmlFor="candidate-search">{t('ui.candidates.search')}</label>
          <input id="candidate-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      )}
      {hiring.candidates.length === 0 && <p className="hint">{t('ui.candidates.none')}</p>}
      <ul>
        {matches.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="candidate-entry"
              aria-current={c.id === selected ? 'true' : undefined}
              onClick={() => selectCandidate(c.id)}
            >
              <span className="candidate-name">{c.name}</span>
              <span className="candidate-meta">{[c.currentRole, t(`ui.origin.${c.origin}`)].filter(Boolean).join(' · ')}</span>
              <span className="candidate-progress">
                {t('ui.candidates.progress', { done: counts.get(c.id) ?? 0, total: interviewers })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && <p className="hint">{t('ui.candidates.more', { shown: SHOWN, count: matches.length })}</p>}
      {needle && matches.length === 0 && <p className="hint">{t('ui.candidates.noMatch')}</p>}
      {hiring.candidates.length >= MAX ? (
        <p className="hint">{t('ui.candidates.full', { max: MAX })}</p>
      ) : (
        <CandidateForm
          path="candidate.new"
          submitLabel={t('ui.candidates.add')}
          onSubmit={(details) => {
            const id = newId('cand');
            updateHiring((h) => ({ ...h, candidates: [...h.candidates, { id, ...details }] }));
            selectCandidate(id);
          }}
        />
      )}
    </section>
  );
}
