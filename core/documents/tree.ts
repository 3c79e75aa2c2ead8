// The recruiters' documents (the interviewer guide with its blank scorecards, and the candidate
// results) as a small declarative tree, a sibling of core/jd/tree.ts with what forms and reports
// need beyond prose: page breaks, lines to write on, tick boxes, shaded cells and a chart.
// Built by pure functions in core/rubric-doc and core/results-doc; core/docx/report.ts renders it.

/** A table cell: plain text, or text with the little formatting a form or a report needs. */
export type Cell =
  | string
  | {
      text: string;
      /** further lines under the text, in a smaller, muted run (e.g. a criterion's weight) */
      note?: string;
      bold?: boolean;
      /** background colour as RRGGBB, e.g. to flag a disagreement */
      shade?: string;
      align?: 'left' | 'center';
    };

export interface ChartBar {
  label: string;
  /** the candidate's value, 0–100; null when nobody has rated it yet */
  value: number | null;
  /** the value as the table beside the chart prints it, e.g. "87.5%" */
  valueText: string;
  /** the role's target for it, 0–100 */
  target: number;
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; pageBreakBefore?: boolean }
  | { kind: 'paragraph'; text: string; style?: 'lead' | 'muted' }
  /** a bold label followed by its text on the same line: "Weight: 7% of the score" */
  | { kind: 'labelled'; label: string; text: string; keepNext?: boolean }
  | { kind: 'bullets'; items: readonly string[] }
  /** labels followed by ruled lines to write on, side by side; shares are percentages of the line */
  | { kind: 'fillIn'; fields: readonly { label: string; share: number }[] }
  /** a label followed by tick boxes, one per option */
  | { kind: 'choices'; label: string; options: readonly string[] }
  /** `rowHeight` in twips leaves room to write by hand; `boldFirstColumn` sets each row's label in bold */
  | { kind: 'table'; header: readonly Cell[]; rows: readonly (readonly Cell[])[]; widths: readonly number[]; rowHeight?: number; boldFirstColumn?: boolean }
  /** bars for the candidate against markers for the target; `labels` name the legend and the empty state */
  /** `description` is the alternative text read out in place of the picture */
  | { kind: 'chart'; title: string; description: string; bars: readonly ChartBar[]; labels: { value: string; target: string; none: string } };

export interface ReportDocument {
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
  footer: string;
}
