// What the status and alert regions say. Messages are catalogue keys plus values, turned into
// words only when shown, so a change of language re-words them too.
import { MAX_SHOWN_FIELDS, type Problem } from '../../../core/result';
import type { FieldIssue } from '../../../core/role/checks';

export type Params = Record<string, string | number>;

export interface NoticeLine {
  /** absent on the closing "and N more" line */
  field?: string;
  key: string;
  params?: Params;
}

/**
 * A button offered with a message: after a failure, opening the backup of a damaged project (path:
 * the project's, its backup sits beside it); after an export in the desktop app, opening the file
 * or showing it in its folder.
 */
export interface NoticeAction {
  kind: 'openBackup' | 'openFile' | 'showInFolder';
  path: string;
}

export interface Notice {
  tone: 'success' | 'error';
  key: string;
  params?: Params;
  lines?: NoticeLine[];
  actions?: NoticeAction[];
}

export const success = (key: string, params?: Params): Notice => ({ tone: 'success', key, ...(params ? { params } : {}) });

/** Something the user asked for that cannot be done as things stand, and why: said, not attempted. */
export const refused = (key: string): Notice => ({ tone: 'error', key });

const moreLine = (count: number): NoticeLine[] => (count > 0 ? [{ key: 'ui.more', params: { count } }] : []);

/** A failure from the main side: its code and each field's code are `errors.*` catalogue keys. */
export function fromProblem(problem: Problem): Notice {
  return {
    tone: 'error',
    key: `errors.${problem.code}`,
    ...(problem.params ? { params: problem.params } : {}),
    lines: [
      // the main side lists at most 50 fields and counts the rest; the cap holds here too
      ...(problem.fields ?? [])
        .slice(0, MAX_SHOWN_FIELDS)
        .map((f) => ({ field: f.field, key: `errors.${f.code}`, ...(f.params ? { params: f.params } : {}) })),
      ...moreLine((problem.moreFields ?? 0) + Math.max(0, (problem.fields?.length ?? 0) - MAX_SHOWN_FIELDS)),
    ],
  };
}

/** A refusal found on this side, before anything was sent: its lines are `ui.missing.*` keys. */
export function fromIssues(key: string, issues: FieldIssue[]): Notice {
  const lines = issues.slice(0, MAX_SHOWN_FIELDS).map((i) => ({ field: i.field, key: i.code }));
  return { tone: 'error', key, lines: [...lines, ...moreLine(issues.length - lines.length)] };
}
