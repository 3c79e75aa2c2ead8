/** A failure the user can act on: a catalogue key (core/i18n) plus the values it names. */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
  /** field-level detail, e.g. each bad field of an invalid file */
  fields?: FieldProblem[];
}

export interface FieldProblem {
  /** dotted path into the document, e.g. `role.company.name` */
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, params?: Problem['params'], fields?: FieldProblem[]): Result<T> => ({
  ok: false,
  problem: { code, ...(params ? { params } : {}), ...(fields ? { fields } : {}) },
});
