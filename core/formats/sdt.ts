// Word content controls as they stand in a saved document.xml, in document order: what kind each
// is, its tag (Word keeps it; LibreOffice 7.4 may not), whether it still shows its prompt, the
// drop-down's last chosen value, and the text it holds (line breaks and tabs as Word writes them).
import type { Document, Element } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface FoundControl {
  kind: 'dropDown' | 'text';
  tag: string | null;
  showingPrompt: boolean;
  lastValue: string | null;
  text: string;
}

const child = (el: Element, local: string): Element | null => {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local) return n as Element;
  return null;
};

const attr = (el: Element | null, local: string): string | null => (el && el.hasAttributeNS(W, local) ? el.getAttributeNS(W, local) : null);

function textOf(el: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.namespaceURI === W && e.localName === 't') text += e.textContent ?? '';
      else if (e.namespaceURI === W && (e.localName === 'br' || e.localName === 'cr')) text += '\n';
      else if (e.namespaceURI === W && e.localName === 'tab') text += '\t';
      else {
        // a box holding paragraphs (rich text) reads as lines
        if (e.namespaceURI === W && e.localName === 'p' && text && !text.endsWith('\n')) text += '\n';
        walk(e);
      }
    }
  };
  walk(el);
  return text.replace(/\n+$/, '');
}

/** The drop-downs and text boxes of a document, in order; other controls (a table of contents) are left out. */
export function contentControls(doc: Document): FoundControl[] {
  const found: FoundControl[] = [];
  const all = doc.getElementsByTagNameNS(W, 'sdt');
  for (let i = 0; i < all.length; i += 1) {
    const sdt = all.item(i)!;
    const properties = child(sdt, 'sdtPr');
    const body = child(sdt, 'sdtContent');
    if (!properties || !body) continue;
    const list = child(properties, 'dropDownList') ?? child(properties, 'comboBox');
    const plain = child(properties, 'text') ?? child(properties, 'richText');
    if (!list && !plain) continue;
    found.push({
      kind: list ? 'dropDown' : 'text',
      tag: attr(child(properties, 'tag'), 'val'),
      showingPrompt: child(properties, 'showingPlcHdr') !== null,
      lastValue: list ? attr(list, 'lastValue') : null,
      text: textOf(body),
    });
  }
  return found;
}
