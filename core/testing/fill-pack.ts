// Fills a scorecard pack's controls as Word writes a chosen value: the prompt flag removed, the
// chosen item's words as the control's only run, a drop-down's lastValue set. Controls are named by
// tag, or by position for a pack LibreOffice saved (which may drop tags).
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type Fill = (control: {
  index: number;
  tag: string | null;
  kind: 'dropDown' | 'text';
}) => { text: string; value?: string } | undefined;

const childOf = (el: Element, local: string) => {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === local) return n as Element;
  return null;
};

export function fillPack(bytes: Uint8Array, fill: Fill, edit: (xml: string) => string = (x) => x): Uint8Array {
  const files = unzipSync(bytes);
  const doc = new DOMParser().parseFromString(strFromU8(files['word/document.xml']!), 'application/xml');
  const controls = doc.getElementsByTagNameNS(W, 'sdt');
  let index = 0;
  for (let i = 0; i < controls.length; i += 1) {
    const sdt = controls.item(i)!;
    const pr = childOf(sdt, 'sdtPr')!;
    const list = childOf(pr, 'dropDownList');
    if (!list && !childOf(pr, 'text')) continue;
    const tag = childOf(pr, 'tag')?.getAttributeNS(W, 'val') ?? null;
    const wanted = fill({ index: index++, tag, kind: list ? 'dropDown' : 'text' });
    if (!wanted) continue;
    const prompt = childOf(pr, 'showingPlcHdr');
    if (prompt) pr.removeChild(prompt);
    if (list && wanted.value !== undefined) list.setAttributeNS(W, 'w:lastValue', wanted.value);
    const body = childOf(sdt, 'sdtContent')!;
    while (body.firstChild) body.removeChild(body.firstChild);
    const run = doc.createElementNS(W, 'w:r');
    wanted.text.split('\n').forEach((line, n) => {
      if (n > 0) run.appendChild(doc.createElementNS(W, 'w:br'));
      const t = doc.createElementNS(W, 'w:t');
      t.setAttribute('xml:space', 'preserve');
      t.appendChild(doc.createTextNode(line));
      run.appendChild(t);
    });
    body.appendChild(run);
  }
  files['word/document.xml'] = strToU8(edit(new XMLSerializer().serializeToString(doc)));
  return zipSync(files);
}

/** Replaces a text in one of the package's parts, as a hand edit would. */
export function editPart(bytes: Uint8Array, part: string, edit: (text: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  return zipSync(files);
}
