// Every document the app exports (the job description, the interviewer guide, the candidate
// results, the board pack) is one small declarative tree of this type, built by pure functions in
// the folders beside this file. core/documents/docx renders any tree to a docx Document, and the
// renderer draws the job description's tree as HTML, so what a user reviews is what they export.

/**
 * A Word content control the reader fills in: a drop-down list, or a plain-text box. The tag and the
 * title (Word's "alias") stay with the control, so a filled document can be read back by tag.
 * `prompt` is what an empty control shows; `selected` and `value` fill one in.
 */
export type Control =
  | {
      kind: 'dropDown';
      tag: string;
      alias: string;
      options: readonly { value: string; text: string }[];
      prompt: string;
      selected: string | null;
    }
  | { kind: 'text'; tag: string; alias: string; prompt: string; value: string };

/** A table cell: plain text, or text with the little formatting a form or a report needs. */
export type Cell =
  | string
  | {
      text: string;
      /** a control after the text, for a form's cell */
      control?: Control;
      /** further lines under the text, in a smaller, muted run (e.g. a criterion's weight) */
      note?: string;
      bold?: boolean;
      /** background colour as RRGGBB, e.g. to flag a disagreement */
      shade?: string;
      align?: 'left' | 'center';
    };

/** One line round a radar chart: a value per category, 0 to the chart's scale, null where none. */
export interface ChartSeries {
  name: string;
  values: readonly (number | null)[];
  /** RRGGBB */
  color: string;
  /** a dashed line, for a reference shape drawn against a measured one */
  dashed?: boolean;
  /** each point's own label, e.g. "72" or "30%"; none leaves the points unlabelled */
  labels?: readonly string[];
}

/** The parts of a job description, so the Review step can link each section back to its step. */
export type SectionId =
  | 'company'
  | 'objective'
  | 'responsibilities'
  | 'reporting'
  | 'background'
  | 'mustHaves'
  | 'qualities'
  | 'niceToHaves'
  | 'location'
  | 'metrics'
  | 'pay'
  | 'apply'
  | 'equalOpportunity';

export type HeadingLevel = 1 | 2 | 3;

export type Block =
  /** `section` names the part of the role design a job description's section comes from */
  | { kind: 'heading'; level: HeadingLevel; text: string; pageBreakBefore?: boolean; section?: SectionId }
  | { kind: 'paragraph'; text: string; style?: 'lead' | 'muted' }
  /** a bold label followed by its text on the same line: "Weight: 7% of the score" */
  | { kind: 'labelled'; label: string; text: string; keepNext?: boolean }
  | { kind: 'bullets'; items: readonly string[] }
  /** labels followed by ruled lines to write on, side by side; shares are percentages of the line */
  | { kind: 'fillIn'; fields: readonly { label: string; share: number }[] }
  /** a label followed by tick boxes, one per option */
  | { kind: 'choices'; label: string; options: readonly string[] }
  /** a bold label followed by a content control on the same line */
  | { kind: 'field'; label: string; control: Control }
  /** `rowHeight` in twips leaves room to write by hand; `boldFirstColumn` sets each row's label in bold */
  | {
      kind: 'table';
      header: readonly Cell[];
      rows: readonly (readonly Cell[])[];
      widths: readonly number[];
      rowHeight?: number;
      boldFirstColumn?: boolean;
    }
  /**
   * A native chart the reader's word processor draws and can edit: a radar, one spoke per category.
   * `description` is the alternative text read out in its place; `scale` sets the outer ring and
   * the rings between.
   */
  | {
      kind: 'chart';
      title: string;
      description: string;
      categories: readonly string[];
      series: readonly ChartSeries[];
      scale: { max: number; step: number };
    }
  /** a table of contents of the Heading 1s, its page numbers filled in when the file is written */
  | { kind: 'contents'; title: string }
  /** a References list: one entry per source, with its link where it has one */
  | { kind: 'references'; entries: readonly { text: string; url?: string }[] };

/** The footer's "Page 3 of 12": text around the two page fields, in the catalogue's word order. */
export type PageOfPart = string | { field: 'page' | 'pages' };

export type DocumentKind = 'jobDescription' | 'interviewerGuide' | 'results' | 'boardPack' | 'scorecardPack' | 'debrief';

/** What every page repeats and what the file says about itself (Word's File > Properties). */
export interface DocumentFrame {
  /** every page's header: the role, the document and its date */
  running: string;
  /** printed beside the running line on every page when the document must not travel: "Confidential" */
  marking?: string;
  pageOf: readonly PageOfPart[];
  /**
   * Lay the pages out at export, so the number of pages and a table of contents' page numbers are
   * written into the file. Laying out costs about a millisecond a table row, so a very long report
   * leaves the count to Word and LibreOffice, which fill the page fields whenever they open it.
   */
  writePageNumbers: boolean;
  /** BCP 47, e.g. en-GB: the language Word checks the spelling in */
  language: string;
  properties: { title: string; subject: string; author: string; keywords: readonly string[] };
}

/** Data a document carries for the app to read back (a scorecard pack's frame), as a Custom XML part. */
export interface EmbeddedData {
  /** the XML namespace of the part's root element, naming what it is */
  namespace: string;
  /** attributes of the root element, e.g. the data's hash */
  attributes: Readonly<Record<string, string>>;
  /** the part's text content, escaped when written */
  text: string;
}

export interface DocumentTree {
  kind: DocumentKind;
  title: string;
  subtitle: string;
  blocks: Block[];
  frame: DocumentFrame;
  data?: EmbeddedData;
}

export interface TreeSection {
  heading: Extract<Block, { kind: 'heading' }>;
  blocks: Block[];
}

/** The blocks under each Heading 1, in order; what comes before the first heading is left out. */
export function sectionsOf(blocks: readonly Block[]): TreeSection[] {
  const sections: TreeSection[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 1) sections.push({ heading: block, blocks: [] });
    else sections.at(-1)?.blocks.push(block);
  }
  return sections;
}

/** The same blocks `by` heading levels lower (a whole document set inside another as one part). */
export function demoteHeadings(blocks: readonly Block[], by: 1 | 2): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    // the part opens a page; its own sections flow on
    const { pageBreakBefore: _breaks, ...heading } = block;
    return { ...heading, level: Math.min(3, block.level + by) as HeadingLevel };
  });
}
