// The Polish catalogue: the same areas as core/i18n/en/, key for key (see docs/translating.md and
// docs/glossary-pl.md for the terms). `ui` merges the interface's area files, as English does.
import boardPack from './board-pack.json' with { type: 'json' };
import cli from './cli.json' with { type: 'json' };
import documents from './documents.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import jd from './jd.json' with { type: 'json' };
import language from './language.json' with { type: 'json' };
import languages from './languages.json' with { type: 'json' };
import panel from './panel.json' with { type: 'json' };
import review from './review.json' with { type: 'json' };
import rubricContent from './rubric-content.json' with { type: 'json' };
import scoring from './scoring.json' with { type: 'json' };
import sources from './sources.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };
import uiFiles from './ui-files.json' with { type: 'json' };
import uiFlow from './ui-flow.json' with { type: 'json' };
import uiHiring from './ui-hiring.json' with { type: 'json' };
import uiPosting from './ui-posting.json' with { type: 'json' };
import uiPanel from './ui-panel.json' with { type: 'json' };
import uiReview from './ui-review.json' with { type: 'json' };
import vocab from './vocab.json' with { type: 'json' };

export default {
  boardPack,
  cli,
  documents,
  errors,
  jd,
  language,
  languages,
  // the measured panel, scorecard packs, the debrief and the scoring record, in documents and the CLI
  panel,
  review,
  rubricContent,
  scoring,
  sources,
  // the interface's words, in files by area so none grows past a screenful of scrolling
  ui: { ...ui, ...uiFlow, ...uiHiring, ...uiReview, ...uiFiles, ...uiPanel, ...uiPosting },
  vocab,
};
