// Word content controls (w:sdt), which docx 9 has no API for beyond check boxes: built here from
// docx's XmlComponent building blocks, in the element order Word's schema requires
// (w:sdtPr: alias, tag, id, lock, showingPlcHdr, then dropDownList or text). A drop-down lists
// its choices as w:listItem with displayText and value; the empty choice first, so a value can be
// taken back. The control is locked against deletion (sdtLocked), its content stays editable.
import { BuilderElement, TextRun, type ParagraphChild, type XmlComponent } from 'docx';
import type { Control } from '../tree.js';
import { MUTED } from './styles.js';

type Attributes = Record<string, string | number>;

const element = (name: string, attributes?: Attributes, children: XmlComponent[] = []) =>
  new BuilderElement({
    name,
    ...(attributes ? { attributes: Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, { key, value }])) } : {}),
    children,
  });

/** A stable number for w:id, from the tag: the same document always gets the same ids. */
function idOf(tag: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < tag.length; i += 1) hash = Math.imul(hash ^ tag.charCodeAt(i), 0x01000193);
  return (hash >>> 1) + 1;
}

/** What the control shows: the chosen text, or the prompt in grey while it is empty. */
function content(text: string, empty: boolean): TextRun[] {
  if (empty) return [new TextRun({ text, color: MUTED })];
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

export function contentControl(control: Control): ParagraphChild {
  const selected = control.kind === 'dropDown' ? (control.options.find((o) => o.value === control.selected) ?? null) : null;
  const empty = control.kind === 'dropDown' ? selected === null : control.value === '';
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
  const properties = element('w:sdtPr', undefined, [
    element('w:alias', { 'w:val': control.alias }),
    element('w:tag', { 'w:val': control.tag }),
    element('w:id', { 'w:val': idOf(control.tag) }),
    element('w:lock', { 'w:val': 'sdtLocked' }),
    ...(empty ? [element('w:showingPlcHdr')] : []),
    type,
  ]);
  const shown = control.kind === 'dropDown' ? (selected?.text ?? control.prompt) : empty ? control.prompt : control.value;
  const sdt = element('w:sdt', undefined, [properties, element('w:sdtContent', undefined, content(shown, empty))]);
  // docx's ParagraphChild names its own run classes; a run-level w:sdt is an XmlComponent like them
  return sdt as unknown as ParagraphChild;
}
