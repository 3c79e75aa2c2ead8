// The Ukrainian catalogue, in progress: translated area by area (see docs/translating.md and
// docs/glossary-uk.md). Each area file mirrors core/i18n/en/; the interface's words are split a
// little further than English's (ui-compare.json), because four plural forms make the files longer.
import language from './language.json' with { type: 'json' };
import languages from './languages.json' with { type: 'json' };
import review from './review.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };
import uiCompare from './ui-compare.json' with { type: 'json' };
import uiFiles from './ui-files.json' with { type: 'json' };
import uiHiring from './ui-hiring.json' with { type: 'json' };
import uiPanel from './ui-panel.json' with { type: 'json' };
import uiReview from './ui-review.json' with { type: 'json' };
import vocab from './vocab.json' with { type: 'json' };

export default {
  language,
  languages,
  review,
  ui: { ...ui, ...uiHiring, ...uiCompare, ...uiReview, ...uiFiles, ...uiPanel },
  vocab,
};
