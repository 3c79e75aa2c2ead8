// One window's recovery requests run one at a time, in the order the window sent them. Over the
// browser host two requests can arrive out of order, and a slow save of a copy can still be
// writing when the discard sent after it arrives: either way a stale copy would be left behind.
// Each request waits for the previous one of its session, and one numbered before a request
// already carried out is dropped.
import type { HandlerContext } from './context.js';

interface SessionLine {
  /** the highest number carried out so far */
  done: number;
  tail: Promise<unknown>;
}

const lines = new WeakMap<HandlerContext, Map<string, SessionLine>>();

export function inSessionOrder<T>(
  ctx: HandlerContext,
  session: string,
  seq: number | undefined,
  run: () => Promise<T>,
  stale: () => T,
): Promise<T> {
  let sessions = lines.get(ctx);
  if (!sessions) lines.set(ctx, (sessions = new Map()));
  const line = sessions.get(session) ?? { done: -1, tail: Promise.resolve() };
  sessions.set(session, line);
  const turn = line.tail.then(async () => {
    if (seq !== undefined && seq <= line.done) return stale();
    if (seq !== undefined) line.done = seq;
    return run();
  });
  // the next request waits for this one however it ends
  line.tail = turn.catch(() => undefined);
  return turn;
}
