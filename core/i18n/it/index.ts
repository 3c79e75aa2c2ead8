// The Italian catalogue, in progress: each area file mirrors core/i18n/en/ (see docs/translating.md
// and docs/glossary-it.md for the terms every file uses).
import cli from './cli.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import jd from './jd.json' with { type: 'json' };
import language from './language.json' with { type: 'json' };
import languages from './languages.json' with { type: 'json' };
import review from './review.json' with { type: 'json' };
import rubricContent from './rubric-content.json' with { type: 'json' };
import uiFiles from './ui-files.json' with { type: 'json' };
import vocab from './vocab.json' with { type: 'json' };

export default {
  cli,
  errors,
  jd,
  language,
  languages,
  review,
  rubricContent,
  ui: { ...uiFiles },
  vocab,
};
