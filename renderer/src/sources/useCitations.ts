// Facts and citations in the interface's language, from the one sources registry (core/sources):
// the wizard and the board review cite exactly as the exported documents do.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cite, citeAll } from '../../../core/sources/cite';
import { citeFact, factSentence, factValue, type FactId } from '../../../core/sources/facts';

export function useCitations() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const ctx = { t, locale };
    return {
      /** "Source: Forrester Research, …, as reported by …" */
      sourceLine: (ids: readonly string[]) =>
        t(ids.length > 1 ? 'sources.cite.sourcesLine' : 'sources.cite.sourceLine', { sources: citeAll(ids, ctx) }),
      source: (id: string) => cite(id, ctx),
      factLine: (id: FactId) => t('sources.cite.sourceLine', { sources: citeFact(id, ctx) }),
      sentence: (id: FactId) => factSentence(id, ctx),
      value: (id: FactId) => factValue(id, ctx),
      text: (id: FactId) => t(`sources.fact.${id}.text`),
    };
  }, [t, locale]);
}
