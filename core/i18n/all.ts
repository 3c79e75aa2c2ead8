// Node sides (the CLI, the handlers behind exports, tests) read every catalogue synchronously at
// start: importing this module registers them all. The renderer never imports it (it loads one
// language at a time with loadLocale), which keeps each language in a chunk of its own.
import en from './en/index.js';
import it from './it/index.js';
import nl from './nl/index.js';
import pl from './pl/index.js';
import uk from './uk/index.js';
import { registerCatalogue, type CatalogueTree } from './index.js';
import type { Locale } from './locales.js';

const ALL: Record<Locale, CatalogueTree> = { en, it, nl, pl, uk };
for (const [locale, catalogue] of Object.entries(ALL)) registerCatalogue(locale as Locale, catalogue);
