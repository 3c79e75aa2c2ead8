// Messages the main side sends the page unasked (the other direction from core/contract.ts's
// channels). Kept free of imports so the Electron preload, which lets only these names through,
// stays small. core/contract.ts re-exports them: one place lists every way across.

/** What each event carries. */
export interface AppEvents {
  /** a second launch of the app (a double-clicked .cxorole) hands its file to the window already open */
  'app:openFile': { path: string };
  /** Electron's Edit menu: Undo or Redo over the whole project, as Ctrl+Z and Ctrl+Shift+Z do */
  'menu:history': { direction: 'undo' | 'redo' };
}

export type EventName = keyof AppEvents;
export type EventPayload<E extends EventName> = AppEvents[E];
export type AppEvent = { [E in EventName]: { name: E; payload: AppEvents[E] } }[EventName];

export const EVENT_NAMES = ['app:openFile', 'menu:history'] as const satisfies readonly EventName[];
// every event named here has a payload type above, and the other way round
const _namesCoverEvents = null as unknown as EventName satisfies (typeof EVENT_NAMES)[number];

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
