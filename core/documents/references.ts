// A document's References section: every source its figures cite, with the articles that relayed
// them, as full entries with their links. It opens a page of its own, like each part of a report.
import type { Translate } from '../i18n/index.js';
import { reference } from '../sources/cite.js';
import { withRelays } from '../sources/registry.js';
import type { Block } from './tree.js';

export function referencesSection(sourceIds: Iterable<string>, t: Translate, locale: string): Block[] {
  const sources = withRelays(sourceIds, locale);
  if (!sources.length) return [];
  return [
    { kind: 'heading', level: 1, text: t('documents.references'), pageBreakBefore: true },
    { kind: 'paragraph', style: 'muted', text: t('documents.referencesIntro') },
    { kind: 'references', entries: sources.map((s) => reference(s, { t, locale })) },
  ];
}
