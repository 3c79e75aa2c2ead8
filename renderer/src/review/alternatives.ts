// The options a design set aside, section by section, so a board sees what was decided against and
// not only what was decided. Plain data in the reader's words; Alternatives.tsx lays it out.
import type { Translate } from '../../../core/i18n/index';
import { metricName } from '../../../core/role/metrics';
import { ARCHETYPES, BACKGROUND_CHOICES, METRIC_IDS, REPORTING_LINES, SCOPES } from '../../../core/role/vocabulary';
import type { Template } from '../../../core/schema/project';
import type { ReviewSection, Snapshot } from '../../../core/schema/review';

export interface Alternative {
  /** a name set in bold before the text, e.g. a background path */
  lead?: string;
  text: string;
  /** items listed under the text, e.g. template suggestions left out */
  list?: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const missingFrom = (present: readonly string[], candidates: readonly string[]) =>
  candidates.filter((c) => !present.some((p) => same(p, c)));

function unused(t: Translate, list: string[]): Alternative[] {
  const unique = [...new Set(list)];
  return unique.length ? [{ text: t('ui.boardReview.alternative.unusedSuggestions'), list: unique }] : [];
}

export function alternativesOf(section: ReviewSection, { role, rubric }: Snapshot, template: Template | null, t: Translate): Alternative[] {
  const a = (key: string, params?: Record<string, string | number>) => t(`ui.boardReview.alternative.${key}`, params);
  switch (section) {
    case 'company': {
      const c = role.context;
      const lines = REPORTING_LINES.filter((l) => l !== 'other' && l !== 'unspecified' && l !== c.reportingLine).map((l) =>
        t(`vocab.reportingLine.${l}`),
      );
      const scope = SCOPES.find((s) => s !== c.scope && s !== 'unspecified');
      return [
        { text: a('reportingLines', { lines: lines.join(', ') }) },
        ...(scope ? [{ text: a('scope', { scope: t(`vocab.scope.${scope}`) }) }] : []),
        { text: a(c.executiveBoardSeat ? 'noBoardSeat' : 'boardSeat') },
      ];
    }
    case 'objectives': {
      const chosen = new Set(role.objectives.metrics.map((m) => m.metric));
      const others = METRIC_IDS.filter((m) => m !== 'custom' && !chosen.has(m)).map((m) => metricName({ metric: m, customName: '' }, t));
      return others.length ? [{ text: a('metrics', { metrics: others.join(', ') }) }] : [];
    }
    case 'responsibilities': {
      const offered = [...(template?.role.responsibilities ?? []), ...(template?.suggestions.responsibilities ?? [])];
      const left = offered.filter((o) => !role.responsibilities.some((r) => same(r.text, o.text)));
      return unused(
        t,
        left.map((o) => t('review.line.responsibility', { theme: o.theme, text: o.text })),
      );
    }
    case 'background':
      return BACKGROUND_CHOICES.filter((b) => b !== role.background.choice).map((b) => ({
        lead: t(`vocab.background.${b}`, { context: role.context.scope }),
        text: t(`ui.background.options.${b}.summary`, { context: role.context.scope }),
      }));
    case 'qualifications': {
      const has = (items: { text: string }[]) => items.map((i) => i.text);
      const left = (key: string, present: string[], offered: string[]) =>
        missingFrom(present, offered).map((value) => t(`review.line.${key}`, { value }));
      return unused(t, [
        ...left('mustHave', has(role.mustHaves), has(template?.role.mustHaves ?? [])),
        ...left('quality', has(role.qualities), has(template?.role.qualities ?? [])),
        ...left('niceToHave', has(role.niceToHaves), [
          ...has(template?.role.niceToHaves ?? []),
          ...(template?.suggestions.niceToHaves ?? []),
        ]),
      ]);
    }
    case 'archetypes': {
      const sorted = [...ARCHETYPES].sort((x, y) => role.archetypes[y] - role.archetypes[x]);
      const top = sorted[0]!;
      const bottom = sorted[sorted.length - 1]!;
      const even = role.archetypes[top] === role.archetypes[bottom];
      const spread = even
        ? a('archetypeEven')
        : a('archetypeSpread', {
            top: t(`vocab.archetype.${top}`),
            topWeight: role.archetypes[top],
            bottom: t(`vocab.archetype.${bottom}`),
            bottomWeight: role.archetypes[bottom],
          });
      return [{ text: spread }, ...(even ? [] : [{ text: a('archetypeAlternative') }])];
    }
    case 'rubric':
      return [{ text: a(rubric.weightsEdited ? 'rubricEdited' : 'rubricDefault') }];
  }
}
