// Words that belong to how this product was made, never to what its users read: the source notes
// were numbered and kept in a folder of "seeds" beside a DOMAIN.md. A user meets publications,
// authors and years instead (core/sources).
export const INTERNAL_WORDS: readonly RegExp[] = [
  /\bseeds?\b/i,
  /source articles?\b/i,
  /\bDOMAIN\.md\b/i,
  /\bsource 00\d\b/i,
  /\barticles? 00\d\b/i,
  /\(\s*(?:seed\s*)?00[0-4]\s*\)/i,
];
