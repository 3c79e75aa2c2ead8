// The Ukrainian catalogue (see docs/translating.md and docs/glossary-uk.md). Each area mirrors
// core/i18n/en/; a few areas are split into more files than English's (ui-compare.json,
// panel-guide.json…), because four plural forms make the files longer.
import boardPack from './board-pack.json' with { type: 'json' };
import cli from './cli.json' with { type: 'json' };
import documents from './documents.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import jd from './jd.json' with { type: 'json' };
import language from './language.json' with { type: 'json' };
import languageReasons from './language-reasons.json' with { type: 'json' };
import languages from './languages.json' with { type: 'json' };
import panel from './panel.json' with { type: 'json' };
import panelGuide from './panel-guide.json' with { type: 'json' };
import review from './review.json' with { type: 'json' };
import rubricContent from './rubric-content.json' with { type: 'json' };
import scoring from './scoring.json' with { type: 'json' };
import sources from './sources.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };
import uiCompare from './ui-compare.json' with { type: 'json' };
import uiFiles from './ui-files.json' with { type: 'json' };
import uiFlow from './ui-flow.json' with { type: 'json' };
import uiHiring from './ui-hiring.json' with { type: 'json' };
import uiPanel from './ui-panel.json' with { type: 'json' };
import uiPosting from './ui-posting.json' with { type: 'json' };
import uiReview from './ui-review.json' with { type: 'json' };
import vocab from './vocab.json' with { type: 'json' };

export default {
  boardPack,
  cli,
  documents,
  errors,
  jd,
  language: { ...language, ...languageReasons },
  languages,
  panel: { ...panel, ...panelGuide },
  review,
  rubricContent,
  scoring,
  sources,
  ui: { ...ui, ...uiFlow, ...uiHiring, ...uiCompare, ...uiReview, ...uiFiles, ...uiPanel, ...uiPosting },
  vocab,
};
