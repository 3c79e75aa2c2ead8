// The one way main speaks to the page unasked: a named event from core/events.ts over one IPC
// channel, which the preload relays to the page's listeners for that name only.
import type { AppEvent } from '../../core/events.js';

export const EVENT_CHANNEL = 'cxo:event';

export function sendEvent(contents: { send(channel: string, ...args: unknown[]): void }, event: AppEvent): void {
  contents.send(EVENT_CHANNEL, event.name, event.payload);
}
