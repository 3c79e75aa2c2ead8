// The boundary on the main side: nothing reaches a handler until its channel is known and its
// payload has passed ajv against the contract's schema.
import { isChannel, REQUESTS, type Channel } from '../../core/contract.js';
import { fail, type Result } from '../../core/result.js';
import { validate } from '../../core/schema/validator.js';
import type { HandlerContext } from './context.js';
import { HANDLERS, type Handler } from './index.js';

export async function dispatch(channel: unknown, payload: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('host.unknownChannel', { channel: String(channel).slice(0, 80) });
  const checked = validate(REQUESTS[channel], payload);
  if (!checked.valid) {
    const detail = checked.fields
      .map((f) => `${f.field} ${f.code}`)
      .join('; ')
      .slice(0, 300);
    return fail('host.badRequest', { detail }, checked.fields, checked.total);
  }
  try {
    const handler = HANDLERS[channel] as Handler<Channel>;
    return await handler(checked.value as never, ctx);
  } catch (error) {
    // the user sees words; the developer gets the stack on the terminal that started the app
    console.error(`[cxo-studio] ${channel} failed:`, error);
    return fail('unexpected');
  }
}
