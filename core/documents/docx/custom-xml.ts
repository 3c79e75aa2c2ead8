// A Custom XML part added to a packed DOCX: the standard place for an application's own data in a
// Word document (ECMA-376 Part 1, 22.5), which Word keeps when it saves and LibreOffice keeps too.
// docx has no API for it, so the package is opened with fflate (docx's own zip library), the part,
// its properties part and the two relationships are added, and the package is zipped again.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
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

export function withCustomXml(docx: Uint8Array, data: EmbeddedData): Uint8Array {
  const files: Zippable = unzipSync(docx);
  const text = (name: string) => strFromU8(files[name] as Uint8Array);
  files[CUSTOM_XML_PART] = strToU8(item(data));
  files['customXml/itemProps1.xml'] = strToU8(itemProps(data.namespace));
  files['customXml/_rels/item1.xml.rels'] = strToU8(itemRels);
  files['[Content_Types].xml'] = strToU8(
    text('[Content_Types].xml').replace('</Types>', `<Override PartName="/customXml/itemProps1.xml" ContentType="${PROPS_TYPE}"/></Types>`),
  );
  files['word/_rels/document.xml.rels'] = strToU8(
    text('word/_rels/document.xml.rels').replace(
      '</Relationships>',
      `<Relationship Id="rIdCustomXml1" Type="${CUSTOM_XML}" Target="../customXml/item1.xml"/></Relationships>`,
    ),
  );
  return zipSync(files, { level: 6 });
}
