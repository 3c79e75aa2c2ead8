// A document tree as HTML, block for block what the DOCX export prints. The Review step shows the
// job description this way; its sections are the tree's Heading 1s.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionsOf, type Block, type Cell, type DocumentTree, type TreeSection } from '../../../core/documents/tree';

const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : cell.note ? `${cell.text} (${cell.note})` : cell.text);

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      // the document's Heading 1 is a section (h3 here, under the title's h2)
      return block.level === 1 ? <h3>{block.text}</h3> : block.level === 2 ? <h4>{block.text}</h4> : <h5>{block.text}</h5>;
    case 'paragraph':
      return <p className={block.style ? `jd-${block.style}` : undefined}>{block.text}</p>;
    case 'labelled':
      return (
        <p>
          <strong>{block.label}</strong> {block.text}
        </p>
      );
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, j) => (
            <li key={j}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <Table header={block.header} rows={block.rows} widths={block.widths} />;
    case 'fillIn':
      return <p>{block.fields.map((f) => `${f.label} ______`).join('   ')}</p>;
    case 'choices':
      return (
        <p>
          <strong>{block.label}</strong> {block.options.map((o) => `☐ ${o}`).join('   ')}
        </p>
      );
    case 'field':
      return (
        <p>
          <strong>{block.label}</strong> {block.control.prompt}
        </p>
      );
    case 'chart':
      // the same figures as the DOCX's chart, as a table a screen reader can walk
      return (
        <Table
          header={[block.title, ...block.series.map((s) => s.name)]}
          rows={block.categories.map((category, i) => [category, ...block.series.map((s) => s.labels?.[i] ?? String(s.values[i] ?? ''))])}
          widths={[40, ...block.series.map(() => 60 / block.series.length)]}
        />
      );
    case 'contents':
      // a printed table of contents; on screen the sections are the contents
      return null;
    case 'references':
      return (
        <ol className="references">
          {block.entries.map((entry) => (
            <li key={entry.text}>
              {entry.text}{' '}
              {entry.url && (
                <a href={entry.url} target="_blank" rel="noopener noreferrer">
                  {entry.url}
                </a>
              )}
            </li>
          ))}
        </ol>
      );
  }
}

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </>
  );
}

function Table({ header, rows, widths }: { header: readonly Cell[]; rows: readonly (readonly Cell[])[]; widths: readonly number[] }) {
  return (
    <table>
      <colgroup>
        {widths.map((w, i) => (
          // React sets this through the CSSOM, which the style-src policy allows
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {header.map((h, i) => (
            <th key={i} scope="col">
              {cellText(h)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cellText(cell)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Props {
  jd: DocumentTree;
  /** the role's document language, for screen readers and hyphenation */
  lang: string;
  /** extra controls beside each section's heading, e.g. an Edit button */
  sectionActions?: (section: TreeSection) => ReactNode;
  /** the start of its element ids, so two views of a description on one page never share an id */
  idPrefix?: string;
}

export function JobDescriptionView({ jd, lang, sectionActions, idPrefix = 'jd' }: Props) {
  const { i18n } = useTranslation();
  return (
    // the document speaks the role's language; the buttons beside it speak the interface's
    <article className="jd" aria-labelledby={`${idPrefix}-title`} lang={lang}>
      <header className="jd-header">
        <h2 id={`${idPrefix}-title`}>{jd.title}</h2>
        <p className="jd-subtitle">{jd.subtitle}</p>
      </header>
      {sectionsOf(jd.blocks).map((section, i) => {
        const id = `${idPrefix}-${section.heading.section ?? i}`;
        return (
          <section key={id} className="jd-section" aria-labelledby={id}>
            <div className="jd-section-head">
              <h3 id={id}>{section.heading.text}</h3>
              {sectionActions && <div lang={i18n.language}>{sectionActions(section)}</div>}
            </div>
            <Blocks blocks={section.blocks} />
          </section>
        );
      })}
      <footer className="jd-footer">{jd.frame.running}</footer>
    </article>
  );
}
