// Where a new criterion's anchors, questions and evidence come from: the role's template for its
// own must-haves and qualities, the catalogue for the archetypes, and the catalogue's generic
// wording (with the criterion's title in it) for anything the user wrote themselves.
import type { Translate } from '../i18n/index.js';
import type { CriterionContent, Template } from '../schema/project.js';
import type { CriterionGroup } from '../schema/rubric.js';

export type ContentSource = (group: CriterionGroup, source: string | null, title: string) => CriterionContent;

const strings = (t: Translate, key: string, title: string): string[] =>
  (t(key, { returnObjects: true, title }) as unknown as string[]).map((q) => String(q));

/** Generic wording quotes the title; a very long one is shortened so the result stays within the schema's limits. */
const quotable = (title: string) => (title.length > 120 ? `${title.slice(0, 119).trimEnd()}…` : title);

export function contentSource(template: Template | undefined, t: Translate): ContentSource {
  return (group, source, fullTitle) => {
    const title = quotable(fullTitle);
    // own keys only: an item id such as "valueOf" must not find Object.prototype's method
    const fromTemplate =
      source && (group === 'mustHave' || group === 'quality') && template && Object.hasOwn(template.rubric, source)
        ? template.rubric[source]
        : undefined;
    if (fromTemplate) return fromTemplate;
    const base = group === 'archetype' && source ? `rubricContent.archetype.${source}` : 'rubricContent.generic';
    return {
      anchors: {
        low: t(`${base}.anchors.low`, { title }),
        mid: t(`${base}.anchors.mid`, { title }),
        high: t(`${base}.anchors.high`, { title }),
      },
      questions: strings(t, `${base}.questions`, title),
      evidence: t(`${base}.evidence`, { title }),
      leaning: 'neutral',
    };
  };
}
