// The job description tree as HTML, block for block what the DOCX export prints.
import type { ReactNode } from 'react';
import type { Block, JobDescription, Section } from '../../../core/documents/jd/tree';

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'paragraph':
            return <p key={i}>{block.text}</p>;
          case 'subheading':
            return <h4 key={i}>{block.text}</h4>;
          case 'bullets':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            );
          case 'table':
            return <Table key={i} block={block} />;
        }
      })}
    </>
  );
}

function Table({ block }: { block: Extract<Block, { kind: 'table' }> }) {
  return (
    <table>
      <colgroup>
        {block.widths.map((w, i) => (
          // React sets this through the CSSOM, which the style-src policy allows
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {block.header.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Props {
  jd: JobDescription;
  /** extra controls beside each section's heading, e.g. an Edit button */
  sectionActions?: (section: Section) => ReactNode;
}

export function JobDescriptionView({ jd, sectionActions }: Props) {
  return (
    <article className="jd" aria-labelledby="jd-title">
      <header className="jd-header">
        <h2 id="jd-title">{jd.title}</h2>
        <p className="jd-subtitle">{jd.subtitle}</p>
      </header>
      {jd.sections.map((section) => (
        <section key={section.id} className="jd-section" aria-labelledby={`jd-${section.id}`}>
          <div className="jd-section-head">
            <h3 id={`jd-${section.id}`}>{section.heading}</h3>
            {sectionActions?.(section)}
          </div>
          <Blocks blocks={section.blocks} />
        </section>
      ))}
      <footer className="jd-footer">{jd.footer}</footer>
    </article>
  );
}
