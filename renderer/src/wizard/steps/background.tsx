// Step 5: the background trade-off. Each choice with its pros and cons, the research context (with
// its source), and the paragraph the job description will print for the current choice.
import { useTranslation } from 'react-i18next';
import { sectionsOf } from '../../../../core/documents/tree';
import { BACKGROUND_CHOICES, type BackgroundChoice } from '../../../../core/role/vocabulary';
import { Blocks } from '../../components/JobDescriptionView';
import { ProsCons } from '../../components/ProsCons';
import { ResearchFigures } from '../parts/ResearchFigures';
import type { PanelProps } from '../registry';
import { useJobDescription } from '../useJobDescription';

export function BackgroundStep({ role, update }: PanelProps) {
  const { t } = useTranslation();
  const jd = useJobDescription(role);
  const preview = sectionsOf(jd.blocks).find((s) => s.heading.section === 'background');
  const choose = (choice: BackgroundChoice) => update((r) => ({ ...r, background: { choice } }));
  // the paths are worded for the role's scope: a CPO's other path is HR or operations
  const scope = { context: role.context.scope };

  return (
    <div className="form">
      <fieldset className="panel radio-cards">
        <legend>{t('ui.background.legend')}</legend>
        {BACKGROUND_CHOICES.map((choice) => {
          const id = `field-background.choice-${choice}`;
          const selected = role.background.choice === choice;
          return (
            // clicking anywhere on the card chooses it; the radio inside is what keyboards use
            <div key={choice} className={`radio-card ${selected ? 'selected' : ''}`} onClick={() => choose(choice)}>
              <div className="radio-card-head">
                <input
                  type="radio"
                  name="background"
                  id={id}
                  checked={selected}
                  aria-describedby={`${id}-detail`}
                  onChange={() => choose(choice)}
                />
                <label htmlFor={id}>{t(`vocab.background.${choice}`, scope)}</label>
              </div>
              <div id={`${id}-detail`} className="radio-card-detail">
                <p>{t(`ui.background.options.${choice}.summary`, scope)}</p>
                <ProsCons choice={choice} scope={role.context.scope} />
              </div>
            </div>
          );
        })}
      </fieldset>
      <ResearchFigures />
      {preview && (
        <section className="panel preview" aria-labelledby="background-preview">
          <h2 id="background-preview">{t('ui.background.previewHeading')}</h2>
          <p className="hint">{t('ui.background.previewHint')}</p>
          <div className="jd-excerpt">
            <h3>{preview.heading.text}</h3>
            <Blocks blocks={preview.blocks} />
          </div>
        </section>
      )}
    </div>
  );
}
