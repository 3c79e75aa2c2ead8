// The format boundary for scorecard packs (Word documents an interviewer filled in): the frame the
// app embedded is found, validated and checked against its hash; the content controls are read in
// document order and checked against the layout the frame implies (and their tags, where kept).
// Any difference is an altered pack, refused with what differs. Values are read as the document
// shows them (the chosen item's words), with the drop-down's lastValue as a fallback.
import { controlLayout, type ControlPlace } from '../hiring/pack/layout.js';
import { fail, ok, type Result } from '../result.js';
import { contentHash } from '../review/hash.js';
import { NOT_ASSESSED, type Rating, type Recommendation } from '../schema/rubric.js';
import { PACK_NAMESPACE, ScorecardPack, SCORECARD_PACK_KIND, SCORECARD_PACK_VERSION } from '../schema/scorecard-pack.js';
import { validate } from '../schema/validator.js';
import { parseXml, unzipParts } from './docx-parts.js';
import { limitMb, MAX_BYTES } from './kinds.js';
import { contentControls, type FoundControl } from './sdt.js';

export interface PackCard {
  candidateId: string;
  ratings: Rating[];
  recommendation: Recommendation | null;
  /** controls the interviewer filled in for this candidate */
  filled: number;
}

export interface ReadPack {
  frame: ScorecardPack;
  cards: PackCard[];
}

const MAX_EVIDENCE = 4000;

function readFrame(parts: Map<string, string>): Result<ScorecardPack> {
  for (const [name, xml] of parts) {
    if (!name.startsWith('customXml/')) continue;
    const root = parseXml(xml)?.documentElement;
    if (!root || root.namespaceURI !== PACK_NAMESPACE) continue;
    let data: unknown;
    try {
      data = JSON.parse(root.textContent ?? '');
    } catch {
      return fail('pack.alteredData');
    }
    const kind = (data as { kind?: unknown } | null)?.kind;
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (kind !== SCORECARD_PACK_KIND) return fail('pack.alteredData');
    if (typeof version === 'number' && version > SCORECARD_PACK_VERSION) return fail('pack.newerVersion', { version });
    const checked = validate(ScorecardPack, data);
    if (!checked.valid) return fail('pack.invalid', { count: checked.fields.length }, checked.fields);
    if (contentHash(checked.value) !== root.getAttribute('hash')) return fail('pack.alteredData');
    return ok(checked.value);
  }
  return fail('pack.notPack');
}

const WANTED_KIND = { rating: 'dropDown', recommendation: 'dropDown', evidence: 'text' } as const;

/** The controls match the layout the frame implies, one for one, by kind and, where kept, by tag. */
function matchLayout(found: readonly FoundControl[], layout: readonly ControlPlace[]): Result<null> {
  if (found.length !== layout.length) return fail('pack.alteredCount', { expected: layout.length, found: found.length });
  const wrong = layout.findIndex((place, i) => {
    const control = found[i]!;
    return control.kind !== WANTED_KIND[place.role] || (control.tag !== null && control.tag !== place.tag);
  });
  return wrong < 0 ? ok(null) : fail('pack.alteredOrder', { position: wrong + 1 });
}

/** The value a drop-down shows, as one of the frame's choices; null while it shows its prompt. */
function choice(control: FoundControl, options: readonly { value: string; text: string }[], prompt: string): string | null | undefined {
  const shown = control.text.trim();
  if (control.showingPrompt || shown === '' || shown === prompt) return null;
  return options.find((o) => o.text === shown)?.value ?? options.find((o) => o.value === control.lastValue)?.value;
}

export function parseScorecardPack(bytes: Uint8Array): Result<ReadPack> {
  if (bytes.byteLength > MAX_BYTES.scorecardPack) return fail('file.tooLarge', { limitMb: limitMb('scorecardPack') });
  const parts = unzipParts(bytes, (name) => name === 'word/document.xml' || /^customXml\/item\d+\.xml$/.test(name));
  if (!parts.ok) return parts;
  const frame = readFrame(parts.value);
  if (!frame.ok) return frame;
  const xml = parts.value.get('word/document.xml');
  const doc = xml === undefined ? null : parseXml(xml);
  if (!doc) return fail('pack.notDocx');
  const { candidates, criteria, controls } = frame.value;
  const layout = controlLayout(candidates.length, criteria.length);
  const found = contentControls(doc);
  const matched = matchLayout(found, layout);
  if (!matched.ok) return matched;

  const cards: PackCard[] = candidates.map((c) => ({
    candidateId: c.id,
    ratings: criteria.map((k) => ({ criterionId: k.id, rating: null, evidence: '' })),
    recommendation: null,
    filled: 0,
  }));
  for (let i = 0; i < layout.length; i += 1) {
    const place = layout[i]!;
    const control = found[i]!;
    const card = cards[place.candidate]!;
    const where = { candidate: candidates[place.candidate]!.name, criterion: criteria[place.criterion]?.title ?? '' };
    if (place.role === 'evidence') {
      const text = control.showingPrompt || control.text.trim() === controls.prompts.evidence ? '' : control.text.trim();
      if (text.length > MAX_EVIDENCE) return fail('pack.evidenceTooLong', { ...where, limit: MAX_EVIDENCE });
      card.ratings[place.criterion]!.evidence = text;
      if (text) card.filled += 1;
      continue;
    }
    const options = place.role === 'rating' ? controls.ratings : controls.recommendations;
    const prompt = place.role === 'rating' ? controls.prompts.rating : controls.prompts.recommendation;
    const value = choice(control, options, prompt);
    if (value === undefined)
      return fail(place.role === 'rating' ? 'pack.unknownRating' : 'pack.unknownRecommendation', {
        ...where,
        text: control.text.trim().slice(0, 80),
      });
    if (value === null) continue;
    card.filled += 1;
    if (place.role === 'recommendation') card.recommendation = value as Recommendation;
    else card.ratings[place.criterion]!.rating = value === NOT_ASSESSED ? NOT_ASSESSED : Number(value);
  }
  if (cards.every((c) => c.filled === 0)) return fail('pack.unfilled', { interviewer: frame.value.interviewer.name });
  return ok({ frame: frame.value, cards });
}
