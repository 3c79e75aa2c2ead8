// The role templates' data: four JSON files in /templates and their editions in other languages in
// /templates/<language>/<id>.json (see docs/translating.md). Imported by Node sides at start
// (all-templates.ts) and by the renderer on demand (loadTemplates in templates.ts), so the app's
// first screen does not carry every edition of every template.
import cxo from '../../templates/cxo.json' with { type: 'json' };
import cco from '../../templates/cco.json' with { type: 'json' };
import culture from '../../templates/culture.json' with { type: 'json' };
import cpoEx from '../../templates/cpo-ex.json' with { type: 'json' };
import nlCxo from '../../templates/nl/cxo.json' with { type: 'json' };
import nlCco from '../../templates/nl/cco.json' with { type: 'json' };
import nlCulture from '../../templates/nl/culture.json' with { type: 'json' };
import nlCpoEx from '../../templates/nl/cpo-ex.json' with { type: 'json' };
import itCxo from '../../templates/it/cxo.json' with { type: 'json' };
import itCco from '../../templates/it/cco.json' with { type: 'json' };
import itCulture from '../../templates/it/culture.json' with { type: 'json' };
import itCpoEx from '../../templates/it/cpo-ex.json' with { type: 'json' };
import plCxo from '../../templates/pl/cxo.json' with { type: 'json' };
import plCco from '../../templates/pl/cco.json' with { type: 'json' };
import plCulture from '../../templates/pl/culture.json' with { type: 'json' };
import plCpoEx from '../../templates/pl/cpo-ex.json' with { type: 'json' };
import ukCxo from '../../templates/uk/cxo.json' with { type: 'json' };
import ukCco from '../../templates/uk/cco.json' with { type: 'json' };
import ukCulture from '../../templates/uk/culture.json' with { type: 'json' };
import ukCpoEx from '../../templates/uk/cpo-ex.json' with { type: 'json' };

/** The English editions, in Start-screen order. */
export const ENGLISH: readonly unknown[] = [cxo, cco, culture, cpoEx];

/**
 * Editions in other languages, e.g. `import itCxo from '../../templates/it/cxo.json' with { type: 'json' };`
 * and listed here. Each is checked like the English ones: schema, its own language's checker, its
 * id in TEMPLATES.
 */
export const TRANSLATED: readonly unknown[] = [
  nlCxo,
  nlCco,
  nlCulture,
  nlCpoEx,
  itCxo,
  itCco,
  itCulture,
  itCpoEx,
  plCxo,
  plCco,
  plCulture,
  plCpoEx,
  ukCxo,
  ukCco,
  ukCulture,
  ukCpoEx,
];
