/**
 * This window's session id: its recovery copy is filed under it, so a copy is only ever offered
 * to a later session, never back to the one still writing it.
 */
export const SESSION_ID: string = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
