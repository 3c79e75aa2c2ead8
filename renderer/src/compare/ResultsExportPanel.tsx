// The results document: who gets a full page (the top N by score, and any added by hand, kept in the
// project), and the export itself. Everyone else is one line of its summary table, so even a pool
// of a thousand exports as a document a person reads.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankCandidates } from '../../../core/documents/results/summary';
import type { MeasuredPanel } from '../../../core/hiring/scoring/measured';
import { shortlistOf, toggleShortlisted } from '../../../core/hiring/shortlist';
import type { Candidate, Shortlist } from '../../../core/schema/rubric';
import { useActions } from '../app/FileActionsContext';
import { ExportButton } from '../components/ExportButton';
import { NumberField } from '../components/NumberField';
import { useStudio } from '../state/store';

const MAX_TOP = 100;

export function ResultsExportPanel({ panel, candidates }: { panel: MeasuredPanel; candidates: readonly Candidate[] }) {
  const { t } = useTranslation();
  const actions = useActions();
  const shortlist = useStudio((s) => s.project?.hiring.shortlist);
  const locale = useStudio((s) => s.project?.role.locale ?? 'en');
  const updateHiring = useStudio((s) => s.updateHiring);
  const [picked, setPicked] = useState('');
  // ranked exactly as the results document ranks them (complete candidates first, adjusted scores),
  // whatever the table above is sorted or filtered by
  const ranked = useMemo(() => rankCandidates(candidates, panel.raw.candidates, locale, panel.candidates), [candidates, panel, locale]);
  if (!shortlist) return null;
  const onShortlist = new Set(shortlistOf(ranked, shortlist).map((r) => r.candidate.id));
  const added = shortlist.added.flatMap((id) => ranked.filter((r) => r.candidate.id === id).map((r) => r.candidate));
  const addable = ranked.filter((r) => !onShortlist.has(r.candidate.id)).map((r) => r.candidate);
  const set = (edit: (s: Shortlist) => Shortlist) => updateHiring((h) => ({ ...h, shortlist: edit(h.shortlist) }));
  const add = () => {
    if (!picked) return;
    set((s) => toggleShortlisted(s, picked, true));
    setPicked('');
  };

  return (
    <section className="panel results-export" aria-labelledby="results-export-heading">
      <h2 id="results-export-heading">{t('ui.shortlist.heading')}</h2>
      <p className="hint">{t('ui.shortlist.hint')}</p>
      <NumberField
        path="hiring.shortlist.top"
        label={t('ui.shortlist.top')}
        value={shortlist.top}
        min={0}
        max={MAX_TOP}
        onChange={(top) => set((s) => ({ ...s, top: top ?? 0 }))}
      />
      <p>{t('ui.shortlist.count', { count: onShortlist.size })}</p>
      {added.length > 0 && (
        <p className="hint" id="shortlist-added">
          {t('ui.shortlist.addedLabel')}
        </p>
      )}
      {added.length > 0 && (
        <ul className="shortlist-added" aria-labelledby="shortlist-added">
          {added.map((c) => (
            <li key={c.id}>
              {c.name}{' '}
              <button
                type="button"
                className="quiet"
                aria-label={t('ui.shortlist.removeNamed', { name: c.name })}
                onClick={() => set((s) => toggleShortlisted(s, c.id, false))}
              >
                {t('ui.shortlist.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {addable.length > 0 && (
        <div className="shortlist-add">
          <div className="field">
            <label htmlFor="field-hiring.shortlist.add">{t('ui.shortlist.add')}</label>
            <select id="field-hiring.shortlist.add" value={picked} onChange={(e) => setPicked(e.target.value)}>
              <option value="">{t('ui.shortlist.choose')}</option>
              {addable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={!picked} onClick={add}>
            {t('ui.shortlist.addButton')}
          </button>
        </div>
      )}
      <ExportButton kind="results" className="secondary" label={t('ui.compare.export')} onExport={actions.exportResults} />
    </section>
  );
}
