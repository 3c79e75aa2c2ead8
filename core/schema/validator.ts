// ajv, compiled once per schema. Not for the renderer: ajv compiles with `new Function`, which the
// renderer's Content-Security-Policy forbids. Main, the web host, the CLI and the tests use this.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Static, TSchema } from '@sinclair/typebox';
import { MAX_SHOWN_FIELDS, type FieldProblem } from '../result.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
const cache = new WeakMap<TSchema, ValidateFunction>();

function compiled(schema: TSchema): ValidateFunction {
  let fn = cache.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    cache.set(schema, fn);
  }
  return fn;
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
  const fn = compiled(schema);
  if (fn(data)) return { valid: true, value: data as Static<S> };
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
