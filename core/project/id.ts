// A project's identity: random for a new project; for a file from before projects had one, derived
// from its role design, so upgrading the same file twice gives the same id.
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { contentHash } from '../review/hash.js';

export const newProjectId = (): string => `p-${bytesToHex(randomBytes(12))}`;

export const derivedProjectId = (role: unknown): string => `p-${contentHash(role ?? null).slice(0, 24)}`;
