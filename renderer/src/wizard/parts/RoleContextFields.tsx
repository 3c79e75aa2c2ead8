// The role's situation: why now, reporting line, scope, board seat and the teams it owns. Each
// "other" choice reveals the text box it needs, which the step check then requires.
import { useTranslation } from 'react-i18next';
import { OWNED_TEAMS, REPORTING_LINES, SCOPES, WHY_NOW_REASONS, type OwnedTeam } from '../../../../core/role/vocabulary';
import { TEXT_LIMITS } from '../../../../core/role/limits';
import type { RoleContext } from '../../../../core/schema/role';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextField } from '../../components/TextField';
import { useStudio } from '../../state/store';
import type { PanelProps } from '../registry';

export function RoleContextFields({ role, update }: Pick<PanelProps, 'role' | 'update'>) {
  const { t } = useTranslation();
  const template = useStudio((s) => s.template);
  const context = role.context;
  const setContext = (patch: Partial<RoleContext>) => update((r) => ({ ...r, context: { ...r.context, ...patch } }));
  const toggleTeam = (team: OwnedTeam, on: boolean) =>
    // keep the vocabulary's order so the job description lists teams the same way every time
    setContext({ teams: OWNED_TEAMS.filter((x) => (x === team ? on : context.teams.includes(x))) });
  const typicalLines = template?.reportingLineOptions.filter((l) => l !== 'other').map((l) => t(`vocab.reportingLine.${l}`));

  return (
    <section className="panel" aria-labelledby="company-context">
      <h2 id="company-context">{t('ui.company.contextHeading')}</h2>
      <ChoiceGroup
        path="context.whyNow"
        legend={t('ui.company.whyNow')}
        options={WHY_NOW_REASONS}
        value={context.whyNow}
        labelOf={(reason) => t(`vocab.whyNow.${reason}`)}
        onChange={(whyNow) => setContext({ whyNow })}
      >
        <TextField
          path="context.whyNowDetail"
          label={t(context.whyNow === 'other' ? 'ui.company.whyNowDetailRequired' : 'ui.company.whyNowDetail')}
          value={context.whyNowDetail}
          maxLength={TEXT_LIMITS.whyNowDetail}
          rows={2}
          required={context.whyNow === 'other'}
          onChange={(whyNowDetail) => setContext({ whyNowDetail })}
        />
      </ChoiceGroup>
      <ChoiceGroup
        path="context.reportingLine"
        legend={t('ui.company.reportingLine')}
        options={REPORTING_LINES}
        value={context.reportingLine}
        labelOf={(line) => t(`vocab.reportingLine.${line}`)}
        onChange={(reportingLine) => setContext({ reportingLine })}
      >
        {typicalLines && typicalLines.length > 0 && (
          <p className="hint">{t('ui.company.typicalLines', { lines: typicalLines.join(', ') })}</p>
        )}
        {context.reportingLine === 'other' && (
          <TextField
            path="context.reportingLineOther"
            label={t('ui.company.reportingLineOther')}
            value={context.reportingLineOther}
            maxLength={TEXT_LIMITS.reportingLineOther}
            required
            onChange={(reportingLineOther) => setContext({ reportingLineOther })}
          />
        )}
      </ChoiceGroup>
      <ChoiceGroup
        path="context.scope"
        legend={t('ui.company.scope')}
        options={SCOPES}
        value={context.scope}
        labelOf={(scope) => t(`vocab.scope.${scope}`)}
        onChange={(scope) => setContext({ scope })}
      />
      <label className="check-line">
        <input
          type="checkbox"
          id="field-context.executiveBoardSeat"
          checked={context.executiveBoardSeat}
          onChange={(event) => setContext({ executiveBoardSeat: event.target.checked })}
        />
        <span>{t('ui.company.boardSeat')}</span>
      </label>
      <fieldset className="choices">
        <legend>{t('ui.company.teams')}</legend>
        <div className="check-grid">
          {OWNED_TEAMS.map((team) => (
            <label key={team} className="choice">
              <input
                type="checkbox"
                id={`field-context.teams-${team}`}
                checked={context.teams.includes(team)}
                onChange={(event) => toggleTeam(team, event.target.checked)}
              />
              <span>{t(`vocab.team.${team}`)}</span>
            </label>
          ))}
        </div>
        {context.teams.includes('other') && (
          <TextField
            path="context.teamsOther"
            label={t('ui.company.teamsOther')}
            value={context.teamsOther}
            maxLength={TEXT_LIMITS.teamsOther}
            required
            onChange={(teamsOther) => setContext({ teamsOther })}
          />
        )}
      </fieldset>
    </section>
  );
}
