// The Ukrainian catalogue, in progress: seeded with the language picker and one plural, the rest
// is translated area by area (see docs/translating.md). Each area file mirrors core/i18n/en/.
import language from './language.json' with { type: 'json' };
import languages from './languages.json' with { type: 'json' };

export default { language, languages };
