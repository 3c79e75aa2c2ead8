// ajv, compiled once per schema. Not for the renderer: ajv compiles with `new Function`, which the
// renderer's Content-Security-Policy forbids. Main, the web host, the CLI and the tests use this.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Static, TSchema } from '@sinclair/typebox';
import { MAX_SHOWN_FIELDS, type FieldProblem } from '../result.js';

// Two validators per schema. `quick` answers valid or not, stopping at the first error, with the
// items of every long list compiled into functions of their own; `full` lists every error. A valid
// file (nearly every file) meets only `quick`; an invalid one then goes through `full` for its
// problems. Why both: inlined, a project's validator is one function of ~400 kB of source, which V8
// never optimises (4,000 scorecards validate three to four times slower than through a small
// function); but collecting all errors across a $ref concatenates the error list once per item,
// quadratic in a file with 300,000 problems (docs/performance.md).
const full = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
const quick = new Ajv2020({ allErrors: false, strict: true, strictTypes: false, inlineRefs: false });
const cache = new WeakMap<TSchema, { quick: ValidateFunction; full: ValidateFunction | null }>();

/** Lists this long hold the bulk of a big file (scorecards, candidates, the scoring record). */
const LONG_LIST = 1000;
const apartIds = new WeakMap<object, string>();
let apartCount = 0;

/** A copy of the schema with the items of every long list behind a $ref; the schema is not changed. */
function apart(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(apart);
  if (typeof node !== 'object' || node === null) return node;
  const schema = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = apart(value);
  const items = schema.items;
  const long = typeof schema.maxItems === 'number' && schema.maxItems >= LONG_LIST;
  if (schema.type === 'array' && long && typeof items === 'object' && items !== null && !Array.isArray(items)) {
    let id = apartIds.get(items);
    if (!id) {
      id = `list-item-${(apartCount += 1)}`;
      apartIds.set(items, id);
      quick.addSchema({ ...(apart(items) as object), $id: id });
    }
    copy.items = { $ref: id };
  }
  return copy;
}

function compiled(schema: TSchema): { quick: ValidateFunction; full: () => ValidateFunction } {
  let fns = cache.get(schema);
  if (!fns) {
    fns = { quick: quick.compile(apart(schema) as TSchema), full: null };
    cache.set(schema, fns);
  }
  const entry = fns;
  // compiled only once a file fails: most runs never need it
  return { quick: entry.quick, full: () => (entry.full ??= full.compile(schema)) };
}

/** `/role/company/name` → `role.company.name`; `/role/mustHaves/3/text` → `role.mustHaves[3].text` */
export function fieldPath(instancePath: string, extra?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra) parts.push(extra);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') || '(document)';
}

function toFieldProblem(e: ErrorObject): FieldProblem {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { field: fieldPath(e.instancePath, String(p.missingProperty)), code: 'validation.required' };
    case 'additionalProperties':
      return { field: fieldPath(e.instancePath, String(p.additionalProperty)), code: 'validation.unknownField' };
    case 'maxLength':
    case 'minLength':
    case 'maxItems':
    case 'minItems':
    case 'maximum':
    case 'minimum':
      return { field: fieldPath(e.instancePath), code: `validation.${e.keyword}`, params: { limit: Number(p.limit) } };
    case 'enum':
      return {
        field: fieldPath(e.instancePath),
        code: 'validation.enum',
        params: { allowed: (p.allowedValues as unknown[]).map(String).join(', ') },
      };
    case 'const':
      return { field: fieldPath(e.instancePath), code: 'validation.const', params: { expected: String(p.allowedValue) } };
    case 'type':
      return { field: fieldPath(e.instancePath), code: 'validation.type', params: { expected: String(p.type) } };
    default:
      return { field: fieldPath(e.instancePath), code: `validation.${e.keyword}` };
  }
}

/** `fields` lists the first MAX_SHOWN_FIELDS problems; `total` counts them all. */
export type Validation<T> = { valid: true; value: T } | { valid: false; fields: FieldProblem[]; total: number };

export function validate<S extends TSchema>(schema: S, data: unknown): Validation<Static<S>> {
  const fns = compiled(schema);
  if (fns.quick(data)) return { valid: true, value: data as Static<S> };
  const fn = fns.full();
  fn(data);
  const errors = fn.errors ?? [];
  // a value that fits no branch of a union (rating: 1–5 or null) says what is wrong with it in the
  // branch of its own type ("is above 5"), or, if none is of its type, one plain message
  const unions = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // a branch whose type the value does not have ("not-assessed" when the value is 9) has nothing to say
  // (no union failed, as in most files: then every error is kept, and no path is even looked at)
  const branchOf = (e: ErrorObject) => /^(.*\/anyOf\/\d+)(?:\/|$)/.exec(e.schemaPath)?.[1] ?? '';
  const wrongType = new Set(unions.size ? errors.filter((e) => e.keyword === 'type').map(branchOf) : []);
  const telling = (e: ErrorObject) => e.keyword !== 'type' && e.keyword !== 'anyOf' && !wrongType.has(branchOf(e));
  const specific = new Set(unions.size ? errors.filter((e) => unions.has(e.instancePath) && telling(e)).map((e) => e.instancePath) : []);
  const keep = (e: ErrorObject) => {
    if (!unions.size || !unions.has(e.instancePath)) return true;
    if (specific.has(e.instancePath)) return telling(e);
    return e.keyword === 'anyOf';
  };
  // counted in full, but only the first few are turned into field problems (and later words): a
  // file with 800,000 errors is counted in one cheap pass, never formatted whole. Only the branches
  // of a union (anyOf) can report one field twice; without a union, nothing needs de-duplicating.
  const seen = unions.size ? new Set<string>() : null;
  const fields: FieldProblem[] = [];
  let total = 0;
  for (const error of errors) {
    if (!keep(error)) continue;
    if (seen) {
      const p = error.params as Record<string, unknown>;
      const key = `${error.instancePath}|${error.keyword}|${String(p.missingProperty ?? p.additionalProperty ?? '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    total += 1;
    if (fields.length < MAX_SHOWN_FIELDS) fields.push(toFieldProblem(error));
  }
  return { valid: false, fields, total };
}
