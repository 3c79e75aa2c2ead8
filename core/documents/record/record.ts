// The scoring record as a document part: how scoring was kept independent, every reveal and every
// change of the setting, of the lead, of a passphrase and of weights after scoring began, and
// whether the record still holds together. It says plainly what it can and cannot prove.
import { chainBreak } from '../../hiring/panel/log.js';
import { describeEntry } from '../../hiring/panel/describe.js';
import type { Translate } from '../../i18n/index.js';
import type { Hiring } from '../../schema/rubric.js';
import type { Block, Cell } from '../tree.js';

/** Pale amber, as the other documents flag what needs attention. */
const FLAG = 'FDE8C8';

export interface RecordOptions {
  /** the heading's level and whether it opens a page: a part of the board pack, a section of the results */
  heading: { level: 1 | 2; pageBreakBefore?: boolean };
  /** "5 June 2026 at 16:00 UTC" */
  stamp: (timestamp: string) => string;
}

export function recordBlocks(hiring: Hiring, t: Translate, options: RecordOptions): Block[] {
  const r = (key: string, values?: Record<string, unknown>) => t(`panel.record.${key}`, values ?? {});
  const broken = chainBreak(hiring.log);
  const setting = r(hiring.independentScoring ? 'settingOn' : 'settingOff');
  const lead = hiring.lead ? r('lead', { name: hiring.lead.name }) : r('noLead');
  const rows = hiring.log.map((entry, i): Cell[] => {
    const words = describeEntry(entry, t);
    const flagged = entry.kind === 'lead-reset' || (broken !== null && i >= broken);
    return [{ text: options.stamp(entry.at), ...(flagged ? { shade: FLAG } : {}) }, words.who, words.what, words.why];
  });
  return [
    { kind: 'heading', ...options.heading, text: r('heading') },
    { kind: 'paragraph', text: `${setting} ${lead}` },
    { kind: 'paragraph', style: 'muted', text: r('proves') },
    ...(broken === null
      ? []
      : [{ kind: 'table', header: [{ text: r('broken', { n: broken + 1 }), bold: true, shade: FLAG }], rows: [], widths: [100] } as const]),
    ...(rows.length
      ? [{ kind: 'table', header: ['when', 'who', 'what', 'why'].map((c) => r(`column.${c}`)), rows, widths: [18, 20, 37, 25] } as const]
      : [{ kind: 'paragraph', style: 'muted', text: r('empty') } as const]),
  ];
}
