// The only way the renderer talks to the main side: Electron's preload bridge when present,
// otherwise the local web host's single JSON endpoint. Both answer with the same Result shape.
import type { Channel, Invoke, RequestOf, ResponseOf } from '../../../core/contract';
import type { Result } from '../../../core/result';

interface Bridge {
  invoke(channel: string, request: unknown): Promise<unknown>;
}

const unreachable: Result<never> = { ok: false, problem: { code: 'host.unreachable' } };

// read without a global declaration so the preload's own typing of window.cxo cannot clash with ours
const bridge = (): Bridge | undefined => (window as unknown as { cxo?: Bridge }).cxo;

// the host answers every request with a Result, even a refusal; anything else is not our host
function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function overHttp(channel: Channel, request: unknown): Promise<unknown> {
  const response = await fetch('/api/invoke', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CXO-Contract': '1' },
    body: JSON.stringify({ channel, request }),
  });
  return response.json();
}

export const invoke: Invoke = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> => {
  try {
    const native = bridge();
    const answer = native ? await native.invoke(channel, request) : await overHttp(channel, request);
    // the main side builds every answer from the same channel map, so its value has the mapped type
    return isResult(answer) ? (answer as Result<ResponseOf<C>>) : unreachable;
  } catch {
    return unreachable;
  }
};
