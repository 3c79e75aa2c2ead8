// A read-only copy of a field's text with the flagged words marked, shown under the field: the field
// itself stays a plain text box. Each mark starts with words only a screen reader hears, since a
// highlight alone is colour, which not everyone sees.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/language/types';
import { LONG_SENTENCE } from '../../../core/language/findings';

interface Span {
  start: number;
  end: number;
  sentence: boolean;
}

export function MarkedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const { t } = useTranslation();
  // a finding from before the last keystroke may point past the end: such spans are left out
  const spans: Span[] = findings
    .filter((f) => f.end > f.start && f.end <= text.length)
    .map((f) => ({ start: f.start, end: f.end, sentence: f.ruleId === LONG_SENTENCE }));
  if (!spans.length) return null;
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  cuts.slice(0, -1).forEach((from, i) => {
    const to = cuts[i + 1] ?? text.length;
    const covering = (sentence: boolean) => spans.find((s) => s.sentence === sentence && s.start <= from && to <= s.end);
    const phrase = covering(false);
    const sentence = covering(true);
    let part: ReactNode = text.slice(from, to);
    if (phrase) {
      const lead = phrase.start === from && <span className="visually-hidden">{t('language.inPlace.markStart')}</span>;
      part = (
        <mark>
          {lead}
          {part}
        </mark>
      );
    }
    if (sentence) {
      const lead = sentence.start === from && <span className="visually-hidden">{t('language.inPlace.sentenceStart')}</span>;
      part = (
        <mark className="long">
          {lead}
          {part}
        </mark>
      );
    }
    parts.push(<span key={from}>{part}</span>);
  });
  return (
    <p className="marked-text">
      <span className="visually-hidden">{t('language.inPlace.markedLead')}</span>
      {parts}
    </p>
  );
}
