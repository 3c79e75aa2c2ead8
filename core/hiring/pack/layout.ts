// Where each value sits in a scorecard pack: for every candidate, in order, a rating drop-down and
// an evidence box per criterion, then the recommendation drop-down. Each control's tag names its
// place (Word keeps tags; LibreOffice 7.4 drops them on save, so the reader also checks the order).
// Tags stay short (Word limits them to 64 characters): positions, not ids.
export type ControlRole = 'rating' | 'evidence' | 'recommendation';

export interface ControlPlace {
  role: ControlRole;
  candidate: number;
  /** the criterion's position, for a rating or an evidence box */
  criterion: number;
  tag: string;
}

export const ratingTag = (candidate: number, criterion: number) => `cxo:r:${candidate}:${criterion}`;
export const evidenceTag = (candidate: number, criterion: number) => `cxo:e:${candidate}:${criterion}`;
export const recommendationTag = (candidate: number) => `cxo:v:${candidate}`;

export function controlLayout(candidates: number, criteria: number): ControlPlace[] {
  const places: ControlPlace[] = [];
  for (let c = 0; c < candidates; c += 1) {
    for (let k = 0; k < criteria; k += 1) {
      places.push({ role: 'rating', candidate: c, criterion: k, tag: ratingTag(c, k) });
      places.push({ role: 'evidence', candidate: c, criterion: k, tag: evidenceTag(c, k) });
    }
    places.push({ role: 'recommendation', candidate: c, criterion: -1, tag: recommendationTag(c) });
  }
  return places;
}
