// A job description as a small declarative tree: built by pure functions from a role design, then
// rendered twice, as HTML in the Review step and as a docx Document for export, so both match.

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'subheading'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] };

/** Each section says which part of the role design it comes from, so the Review step can link back. */
export type SectionId =
  | 'company'
  | 'objective'
  | 'responsibilities'
  | 'reporting'
  | 'background'
  | 'mustHaves'
  | 'qualities'
  | 'niceToHaves'
  | 'archetypes'
  | 'metrics';

export interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
}

export interface JobDescription {
  title: string;
  /** company name and a one-line summary, under the title */
  subtitle: string;
  sections: Section[];
  footer: string;
}
