// "Reporting line and scope": who the role reports to, what it owns, its seat, its scope in figures
// (team, budget, regions: printed only where given) and the teams that report to it.
import type { Translate } from '../../i18n/index.js';
import { intlLocale } from '../../i18n/locales.js';
import type { RoleDesign } from '../../schema/role.js';
import type { Block } from '../tree.js';
import { midSentence } from './phrase.js';

const present = (text: string) => text.trim().length > 0;

/** "The role is responsible for a team of 45 people and an annual budget of £12 million, across …" */
export function figuresSentence(role: RoleDesign, t: Translate): string {
  const { teamSize, budget, regions } = role.context.figures;
  const locale = intlLocale(role.locale);
  const items = [
    // the count picks the plural, the formatted figure is what is printed: "a team of 1,200 people"
    ...(teamSize === null
      ? []
      : [t('jd.reporting.figures.team', { count: teamSize, people: new Intl.NumberFormat(locale).format(teamSize) })]),
    ...(present(budget) ? [midSentence(budget, role.locale)] : []),
  ];
  const across = present(regions) ? regions.trim() : '';
  if (!items.length) return across ? t('jd.reporting.figures.across', { regions: across }) : '';
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  return across
    ? t('jd.reporting.figures.itemsAcross', { items: list, regions: across })
    : t('jd.reporting.figures.items', { items: list });
}

export function reportingSection(role: RoleDesign, t: Translate): Block[] {
  const { context } = role;
  const line =
    context.reportingLine === 'other'
      ? context.reportingLineOther.trim() || t('vocab.reportingLine.other')
      : t(`jd.reporting.line.${context.reportingLine}`);
  const figures = figuresSentence(role, t);
  // choices not decided yet (a blank start) are printed nowhere
  const reporting = [
    context.reportingLine === 'unspecified' ? '' : t('jd.reporting.reportsTo', { line }),
    context.scope === 'unspecified' ? '' : t(`jd.reporting.scope.${context.scope}`),
  ].filter(present);
  // An unticked seat and an empty list of teams are also what a blank start holds: they are read as
  // "no seat" and "no teams of its own" only once the user has placed the role (its line or scope),
  // so a blank role's advert never claims either.
  const placed = reporting.length > 0;
  const seat = context.executiveBoardSeat ? 'jd.reporting.boardSeat' : placed ? 'jd.reporting.noBoardSeat' : null;
  const blocks: Block[] = [
    ...(placed ? [{ kind: 'paragraph' as const, text: reporting.join(' ') }] : []),
    ...(seat ? [{ kind: 'paragraph' as const, text: t(seat) }] : []),
    ...(figures ? [{ kind: 'paragraph', text: figures } as const] : []),
  ];
  const teams = context.teams.map((team) => (team === 'other' ? context.teamsOther.trim() : t(`vocab.team.${team}`))).filter(present);
  if (teams.length) blocks.push({ kind: 'paragraph', text: t('jd.reporting.teamsLead') }, { kind: 'bullets', items: teams });
  else if (placed) blocks.push({ kind: 'paragraph', text: t('jd.reporting.noTeams') });
  return blocks;
}
