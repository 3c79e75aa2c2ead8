// The baseline every document row is measured against: the docx library packing a document of the
// same content, called directly with the options direct-plan.ts worked out beforehand (outside the
// timed region): the same paragraphs, runs, tables, native charts, header, footer, page fields,
// table of contents, content controls, styles, properties, page-number estimate and Custom XML
// data. What is timed is docx building and packing it, as an application with no document tree,
// translator or renderer of its own would call it.
import {
  BuilderElement,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  type FileChild,
  type ParagraphChild,
  type XmlComponent,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { estimatePageNumbers } from 'docx/layout';
import { PAGE } from '../../core/documents/docx/page.js';
import { MUTED } from '../../core/documents/docx/styles.js';
import { registerCustomXml } from '../../core/documents/docx/custom-xml.js';
import type { Control } from '../../core/documents/tree.js';
import type { ChildPlan, DocumentPlan, ParagraphPlan, RunPlan } from './direct-plan.js';

const element = (name: string, attributes?: Record<string, string | number>, children: XmlComponent[] = []) =>
  new BuilderElement({
    name,
    ...(attributes ? { attributes: Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, { key, value }])) } : {}),
    children,
  });

/** Word's content control (w:sdt), from docx's BuilderElement: docx has no API for one beyond check boxes. */
function sdt(control: Control): ParagraphChild {
  const selected = control.kind === 'dropDown' ? (control.options.find((o) => o.value === control.selected) ?? null) : null;
  const empty = control.kind === 'dropDown' ? selected === null : control.value === '';
  let id = 0x811c9dc5;
  for (let i = 0; i < control.tag.length; i += 1) id = Math.imul(id ^ control.tag.charCodeAt(i), 0x01000193);
  const type =
    control.kind === 'dropDown'
      ? element(
          'w:dropDownList',
          selected ? { 'w:lastValue': selected.value } : undefined,
          [{ value: '', text: control.prompt }, ...control.options].map((o) =>
            element('w:listItem', { 'w:displayText': o.text, 'w:value': o.value }),
          ),
        )
      : element('w:text', { 'w:multiLine': 1 });
  const shown = control.kind === 'dropDown' ? (selected?.text ?? control.prompt) : empty ? control.prompt : control.value;
  const runs = empty
    ? [new TextRun({ text: shown, color: MUTED })]
    : shown.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
  const properties = element('w:sdtPr', undefined, [
    element('w:alias', { 'w:val': control.alias }),
    element('w:tag', { 'w:val': control.tag }),
    element('w:id', { 'w:val': (id >>> 1) + 1 }),
    element('w:lock', { 'w:val': 'sdtLocked' }),
    ...(empty ? [element('w:showingPlcHdr')] : []),
    type,
  ]);
  return element('w:sdt', undefined, [properties, element('w:sdtContent', undefined, runs)]) as unknown as ParagraphChild;
}

function run(plan: RunPlan): ParagraphChild {
  switch (plan.kind) {
    case 'text': {
      const { kind: _, ...options } = plan;
      return new TextRun(options);
    }
    case 'tab':
      return new TextRun({ children: [new Tab()] });
    case 'field':
      return new TextRun({ children: [plan.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES] });
    case 'link':
      return new ExternalHyperlink({ link: plan.url, children: [new TextRun({ text: plan.text, style: 'Hyperlink' })] });
    case 'control':
      return sdt(plan.control);
  }
}

const paragraph = ({ options, runs }: ParagraphPlan) => new Paragraph(runs.length ? { ...options, children: runs.map(run) } : options);

function children(plan: ChildPlan): FileChild[] {
  switch (plan.kind) {
    case 'paragraph':
      return [paragraph(plan)];
    case 'table':
      return [
        new Table({
          ...plan.options,
          rows: plan.rows.map(
            (row) =>
              new TableRow({
                ...row.options,
                children: row.cells.map((cell) => new TableCell({ ...cell.options, children: [paragraph(cell.paragraph)] })),
              }),
          ),
        }),
      ];
    case 'chart':
      return [new Paragraph({ ...plan.options, children: [new ChartRun(plan.chart)] })];
    case 'contents':
      return [
        new Paragraph({ text: plan.title, style: 'TOCHeading' }),
        new TableOfContents(plan.title, { hyperlink: true, headingStyleRange: '1-1' }),
      ];
  }
}

export function directDocument(plan: DocumentPlan): Document {
  return new Document({
    ...plan.properties,
    styles: plan.styles,
    externalStyles: plan.externalStyles,
    ...(plan.writePageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    sections: [
      {
        properties: { page: PAGE },
        headers: { default: new Header({ children: [paragraph(plan.header)] }) },
        footers: { default: new Footer({ children: [paragraph(plan.footer)] }) },
        children: plan.children.flatMap(children),
      },
    ],
  });
}

/** The baseline as timed: the document built and packed, its data in a Custom XML part as docx's packer allows. */
export async function packDirect(plan: DocumentPlan): Promise<Uint8Array> {
  const doc = directDocument(plan);
  if (plan.customXml.length) registerCustomXml(doc);
  return new Uint8Array(await Packer.toArrayBuffer(doc, undefined, plan.customXml));
}
