// A job description pasted as text, split into its parts: headings and the lines under them, each
// list item without its bullet (•, -, *, –, numbers, letters), wrapped lines joined back. Then each
// part is placed by its heading, or, without headings, by what its words suggest. Whatever cannot
// be placed is kept, as written, for the user to place by hand: nothing is dropped or invented.
import { HEADINGS, LABELLED, LINE_HINTS, type Target } from './headings.js';
import { ITALIAN_HEADINGS, ITALIAN_LABELLED } from './headings-it.js';

export interface Part {
  /** the heading as written, or null for text before any heading */
  heading: string | null;
  target: Target | null;
  /** list items and paragraphs, in order, without bullet markers */
  items: string[];
  /** true when the items were written as a list (bullets or numbers) */
  listed: boolean;
}

const BULLET = /^\s*(?:[•·▪◦●○■□‣⁃∙*+\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+/iu;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(.+?)\s*#*\s*$/;

/** Lower case, apostrophes dropped, other punctuation as spaces: "What You'll Do:" → "what youll do". */
export const normalise = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}+-]+/gu, ' ')
    .trim()} `;

export function headingTarget(heading: string): Target | null {
  const words = normalise(heading);
  for (const [target, phrases] of [...HEADINGS, ...ITALIAN_HEADINGS]) if (phrases.some((p) => words.includes(` ${p}`))) return target;
  return null;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A short line that introduces what follows: "Responsibilities:", "ABOUT US", "## The role", "Key Duties". */
function asHeading(line: string, next: string | undefined, first: boolean): string | null {
  const markdown = line.match(MARKDOWN_HEADING);
  if (markdown?.[1]) return markdown[1];
  const text = line.trim().replace(/\*\*/g, '');
  if (!text || BULLET.test(line) || wordCount(text) > 8 || text.length > 70) return null;
  if (/:$/.test(text)) return text.slice(0, -1).trim();
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 2 && letters === letters.toUpperCase()) return text;
  // a line without a full stop that names a known section, followed by more text; the first line
  // only when a list follows, as it is the title far more often ("Chief Customer Experience Officer")
  const leads = next !== undefined && (!first || BULLET.test(next));
  return leads && !/[.!?;,]$/.test(text) && headingTarget(text) !== null ? text : null;
}

/** Splits pasted text into parts at its headings. */
export function splitParts(text: string): Part[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const parts: Part[] = [];
  let current: Part = { heading: null, target: null, items: [], listed: false };
  let paragraph: string[] = [];
  let lastWasBullet = false;
  const flush = () => {
    if (paragraph.length) current.items.push(paragraph.join(' '));
    paragraph = [];
  };
  const firstLine = lines.findIndex((l) => l.trim());
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const next = lines.slice(i + 1).find((l) => l.trim());
    if (!line) {
      flush();
      lastWasBullet = false;
      return;
    }
    const heading = asHeading(raw, next, i === firstLine);
    if (heading !== null) {
      flush();
      if (current.items.length || current.heading !== null) parts.push(current);
      current = { heading, target: headingTarget(heading), items: [], listed: false };
      lastWasBullet = false;
      return;
    }
    if (BULLET.test(raw)) {
      flush();
      current.items.push(line.replace(BULLET, '').trim());
      current.listed = true;
      lastWasBullet = true;
      return;
    }
    // a wrapped bullet goes on in lower case; anything else under a list is an item of its own
    const previous = current.items.length - 1;
    if (lastWasBullet && previous >= 0 && /^[\p{Ll}(]/u.test(line)) current.items[previous] = `${current.items[previous]} ${line}`;
    else if (current.listed) current.items.push(line);
    else {
      // outside prose sections, a line that ends a sentence and a next one that starts another are
      // two items written one per line without bullets, not one wrapped paragraph
      const ended = paragraph.length > 0 && /[.!?]$/.test(paragraph.at(-1) ?? '') && /^\p{Lu}/u.test(line);
      if (ended && current.target !== 'company' && current.target !== 'purpose') flush();
      paragraph.push(line);
    }
  });
  flush();
  if (current.items.length || current.heading !== null) parts.push(current);
  return parts;
}

/** For text without headings: the part a line's words suggest, or null. */
export function guessTarget(line: string): Target | null {
  for (const [target, pattern] of LINE_HINTS) if (pattern.test(line)) return target;
  return null;
}

/** "Title: Chief Experience Officer" → ['title', 'Chief Experience Officer']. */
export function labelled(line: string): [Target, string] | null {
  for (const [target, pattern] of [...LABELLED, ...ITALIAN_LABELLED]) {
    const value = line.match(pattern)?.[1]?.trim();
    if (value) return [target, value];
  }
  return null;
}
