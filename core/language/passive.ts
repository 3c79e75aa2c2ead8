// A heuristic for the passive voice in English: a form of "to be", then up to two adverbs, then a
// past participle ("was approved", "are not always measured"). No parser, so no dependency and no
// model; it misses passives without "to be" and counts some adjectives ("is interested") as passive.
// That is accepted: the check reports a share across the description, not a verdict on a sentence.

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
const ADVERB = new Set(['not', 'never', 'also', 'often', 'always', 'usually', 'then', 'already', 'still', 'all']);

/** Irregular participles that do not end in -ed. */
const IRREGULAR = new Set(
  (
    'arisen awoken beaten begun bent bitten blown born borne bought bound broken brought built burnt burst ' +
    'caught chosen cost crept cut dealt done drawn driven drunk eaten fallen fed felt fought found fled flown forbidden ' +
    'forgiven forgotten frozen given gone ground grown hung heard hidden held hit hurt kept knelt known laid led lent let ' +
    'lit lost made meant met mistaken overcome overseen overtaken paid proven put read rewritten ridden risen run ' +
    'said seen sought sent set shaken shed shot shown shut sold spent spoken spread stolen stood struck stuck sung ' +
    'sunk sworn swept swum taken taught thrown thought told torn understood undertaken undone upheld won withdrawn worn ' +
    'woven written'
  ).split(' '),
);

/** -ed words that are not participles, or whose -ed is part of the stem. */
const NOT_PARTICIPLE = /(?:eed|^bed|^red|^wed|^shed|^sled|hundred|kindred|^naked|^wicked|^sacred|^rugged|^ragged)$/;

function isParticiple(word: string): boolean {
  if (IRREGULAR.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !NOT_PARTICIPLE.test(word);
}

export function isPassive(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase().replace(/’/g, "'"));
  return lower.some((word, i) => {
    if (!BE.has(word)) return false;
    // the participle may follow up to two adverbs: "is not always measured"
    for (const next of lower.slice(i + 1, i + 4)) {
      if (isParticiple(next)) return true;
      if (!(ADVERB.has(next) || next.endsWith('ly'))) return false;
    }
    return false;
  });
}
