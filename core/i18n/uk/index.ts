// The Ukrainian catalogue, in progress: translated area by area (see docs/translating.md and
// docs/glossary-uk.md). Each area file mirrors core/i18n/en/.
import language from './language.json' with { type: 'json' };
import languages from './languages.json' with { type: 'json' };
import ui from './ui.json' with { type: 'json' };

export default { language, languages, ui: { ...ui } };
