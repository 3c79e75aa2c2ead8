// Stored versions as the app reads them, and the hash that identifies them. A version's snapshot
// is kept exactly as it was submitted, so its hash still proves what a board decided on; a
// snapshot from before schema 6 is read with the later job-description fields empty, and those
// fields, while still empty, are left out of the hash, so an older design that gained only empty
// fields on upgrade is still the very version the board read.
import { emptyApplication, emptyOffer, emptyPosition, emptyScopeFigures } from '../project/empty.js';
import type { Snapshot, StoredSnapshot } from '../schema/review.js';
import type { RoleDesign } from '../schema/role.js';
import { canonicalJson, contentHash } from './hash.js';

const isCurrent = (role: StoredSnapshot['role']): role is RoleDesign => 'position' in role;

// the same stored snapshot reads as the same object, so views that memoise on it stay memoised
const read = new WeakMap<StoredSnapshot, Snapshot>();

export function readSnapshot(stored: StoredSnapshot): Snapshot {
  const { role } = stored;
  if (isCurrent(role)) return stored as Snapshot;
  let snapshot = read.get(stored);
  if (snapshot) return snapshot;
  snapshot = {
    ...stored,
    role: {
      ...role,
      context: { ...role.context, figures: emptyScopeFigures() },
      position: emptyPosition(),
      offer: emptyOffer(),
      application: emptyApplication(),
    },
  };
  read.set(stored, snapshot);
  return snapshot;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The snapshot without the schema-6 fields that still hold nothing: what the hash is taken over. */
function hashedForm(snapshot: StoredSnapshot): unknown {
  const { role } = snapshot;
  if (!isCurrent(role)) return snapshot;
  const { position, offer, application, context, ...rest } = role;
  const { figures, ...contextRest } = context;
  return {
    ...snapshot,
    role: {
      ...rest,
      context: same(figures, emptyScopeFigures()) ? contextRest : context,
      ...(same(position, emptyPosition()) ? {} : { position }),
      ...(same(offer, emptyOffer()) ? {} : { offer }),
      ...(same(application, emptyApplication()) ? {} : { application }),
    },
  };
}

/** SHA-256 of a snapshot's canonical JSON: the identity a decision is recorded against. */
export const snapshotHash = (snapshot: StoredSnapshot): string => contentHash(hashedForm(snapshot));
