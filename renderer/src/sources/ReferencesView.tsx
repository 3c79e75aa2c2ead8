// Every source the app and its documents cite, grouped, each in full with its link, its notes on age
// and edition, the article a figure reached us through, and what in the app cites it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reference } from '../../../core/sources/cite';
import { SOURCE_GROUPS, SOURCES, sortKey } from '../../../core/sources/registry';
import { sourceUses, type SourceUses } from '../../../core/sources/uses';
import { showView } from '../app/showView';
import { useStudio } from '../state/store';
import { useCitations } from './useCitations';

function CitedFor({ uses }: { uses: SourceUses }) {
  const { t } = useTranslation();
  const cite = useCitations();
  const items = [
    ...uses.facts.map((f) => cite.sentence(f)),
    ...uses.ruleSets.map((s) => t('sources.view.ruleSet', { name: t(`boardPack.appendix.set.${s}`, { defaultValue: s }) })),
    ...uses.checks.map((c) => t('sources.view.check', { name: t(`boardPack.appendix.check.${c}`) })),
    ...uses.relays.map((id) => t('sources.view.relays', { source: cite.source(id) })),
  ];
  if (!items.length) return null;
  return (
    <details className="cited-for">
      <summary>{t('sources.view.citedFor', { count: items.length })}</summary>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

export function ReferencesView() {
  const { t, i18n } = useTranslation();
  const open = useStudio((s) => s.project !== null);
  const uses = useMemo(() => sourceUses(i18n.language), [i18n.language]);
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);

  return (
    <main className="workspace references-view" aria-labelledby="view-title">
      <h1 id="view-title" tabIndex={-1}>
        {t('sources.view.title')}
      </h1>
      <p className="lede">{t('sources.view.intro')}</p>
      {!open && (
        <p>
          <button type="button" onClick={() => showView('design')}>
            {t('sources.view.back')}
          </button>
        </p>
      )}
      {SOURCE_GROUPS.map((group) => (
        <section key={group} className="panel" aria-labelledby={`references-${group}`}>
          <h2 id={`references-${group}`}>{t(`sources.group.${group}`)}</h2>
          <ol className="references">
            {SOURCES.filter((s) => s.group === group)
              .sort((a, b) => collator.compare(sortKey(a), sortKey(b)))
              .map((source) => {
                const entry = reference(source, { t, locale: i18n.language });
                return (
                  <li key={source.id} id={`source-${source.id}`}>
                    <p>{entry.text}</p>
                    {entry.url ? (
                      <p>
                        <a href={entry.url} target="_blank" rel="noopener noreferrer">
                          {entry.url}
                        </a>
                      </p>
                    ) : (
                      <p className="hint">{t('sources.view.noLink')}</p>
                    )}
                    <CitedFor uses={uses.get(source.id) ?? { facts: [], ruleSets: [], checks: [], relays: [] }} />
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
    </main>
  );
}
