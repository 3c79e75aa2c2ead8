// A Custom XML part in a DOCX: the standard place for an application's own data in a Word document
// (ECMA-376 Part 1, 22.5), which Word keeps when it saves and LibreOffice keeps too. docx has no
// option for it, but its packer takes extra files, and its document exposes the content types and
// the document's relationships: the part, its properties part and their relationship are written
// with the package in one pass (the first version unzipped the packed file and zipped it again,
// which cost a scorecard pack a second compression of the whole package).
import type { Document } from 'docx';
import type { EmbeddedData } from '../tree.js';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CUSTOM_XML = `${RELATIONSHIPS}/customXml`;
const CUSTOM_XML_PROPS = `${RELATIONSHIPS}/customXmlProps`;
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
/** a fixed item id: there is one such part per document */
const ITEM_ID = '{5D1A6B0E-3C2F-4B8A-9E61-2C0F7A9D4E13}';

export const CUSTOM_XML_PART = 'customXml/item1.xml';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function item(data: EmbeddedData): string {
  const attributes = Object.entries(data.attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><data xmlns="${escapeXml(data.namespace)}"${attributes}>${escapeXml(data.text)}</data>`;
}

const itemProps = (namespace: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`;

const itemRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS}" Target="itemProps1.xml"/></Relationships>`;

/** The three files of the part, as docx's packer takes extra files. */
export function customXmlFiles(data: EmbeddedData): { path: string; data: string }[] {
  return [
    { path: CUSTOM_XML_PART, data: item(data) },
    { path: 'customXml/itemProps1.xml', data: itemProps(data.namespace) },
    { path: 'customXml/_rels/item1.xml.rels', data: itemRels },
  ];
}

/** Registers the part with a document about to be packed: its properties' content type, and the document's relationship to it. */
export function registerCustomXml(doc: Document): void {
  doc.ContentTypes.addOverride(PROPS_TYPE, '/customXml/itemProps1.xml');
  doc.Document.Relationships.addRelationship('CustomXml1', CUSTOM_XML, '../customXml/item1.xml');
}
