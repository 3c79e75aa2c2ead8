// Schema pieces shared by every file format: closed lists and timestamps.
import { Type } from '@sinclair/typebox';

/** A closed list of strings, kept as a plain JSON Schema `enum` so error messages list the choices. */
export const closedList = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

/** An ISO 8601 date and time, as `Date.toISOString()` writes it. */
export const Timestamp = Type.String({ maxLength: 40, pattern: '^\\d{4}-\\d{2}-\\d{2}T' });
