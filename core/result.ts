/** A failure the user can act on: a catalogue key (core/i18n) plus the values it names. */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
  /** field-level detail, e.g. each bad field of an invalid file: at most MAX_SHOWN_FIELDS */
  fields?: FieldProblem[];
  /** how many bad fields there are beyond those listed ("and 299,950 more") */
  moreFields?: number;
}

export interface FieldProblem {
  /** dotted path into the document, e.g. `role.company.name` */
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * Everywhere problems are shown (the app, its dialogs, the command line), the first 50 are listed
 * and the rest counted: a file with 300,000 bad fields must not become a 300,000-line message.
 */
export const MAX_SHOWN_FIELDS = 50;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** `total` is how many bad fields there are in all, when `fields` already holds only the first of them. */
export const fail = <T = never>(code: string, params?: Problem['params'], fields?: FieldProblem[], total?: number): Result<T> => {
  const shown = fields && fields.length > MAX_SHOWN_FIELDS ? fields.slice(0, MAX_SHOWN_FIELDS) : fields;
  const more = (total ?? fields?.length ?? 0) - (shown?.length ?? 0);
  return {
    ok: false,
    problem: { code, ...(params ? { params } : {}), ...(shown ? { fields: shown } : {}), ...(more > 0 ? { moreFields: more } : {}) },
  };
};
