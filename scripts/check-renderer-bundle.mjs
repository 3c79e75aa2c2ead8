// Build-time gate: no renderer chunk may carry ajv. ajv compiles validators with new Function,
// which the page's Content-Security-Policy forbids, and its meta-schemas weigh on every view that
// pulls them in; the renderer imports only core/formats/kinds.ts from the format boundary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// strings only ajv's code and meta-schemas contain, whatever the minifier renames
const AJV_MARKERS = ['ajv/dist/runtime', 'json-schema.org/draft/2020-12/vocab', 'strict mode: '];

export function chunksWithAjv(dir = 'dist/renderer/assets') {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .filter((name) => {
      const code = readFileSync(join(dir, name), 'utf8');
      return AJV_MARKERS.some((marker) => code.includes(marker));
    });
}
