// Node sides (the CLI, the handlers, tests, scripts) register every template edition at start:
// importing this module does it. The renderer never imports it; it calls loadTemplates() before a
// project reaches its store, which keeps the templates out of the first screen's code.
import { ENGLISH, TRANSLATED } from './template-editions.js';
import { registerTemplates } from './templates.js';

registerTemplates(ENGLISH, TRANSLATED);
