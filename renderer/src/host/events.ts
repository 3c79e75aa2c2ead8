// Events the main side sends unasked (core/events.ts), through the Electron preload's `on`. The
// browser host has none to send: there, listening is a no-op.
import type { EventName, EventPayload } from '../../../core/events';

interface EventBridge {
  on?(name: string, listener: (payload: unknown) => void): () => void;
}

export function onAppEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  const bridge = (window as unknown as { cxo?: EventBridge }).cxo;
  // main sends each name with its own payload type (electron/shell/events.ts takes an AppEvent)
  return bridge?.on ? bridge.on(name, (payload) => listener(payload as EventPayload<E>)) : () => undefined;
}
