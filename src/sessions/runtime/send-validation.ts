/** @module sessions/runtime/send-validation — which client events a session accepts in its current status. */
import { InvalidRequestError } from '../../shared/errors.js';
import type { SendEventParams } from '../schemas.js';
import type { PendingAction } from '../session-state.js';
import { isBusy, type SessionStatus } from '../status.js';

/**
 * Checks a whole `events.send` batch against the session as it would be after each event, so a batch is
 * accepted or refused as a unit. Rules: nothing is accepted by an archived or terminated session; a
 * `user.message` needs an idle session with nothing pending (a `user.interrupt` earlier in the batch
 * clears both); tool results and confirmations must name a pending call of the right kind;
 * `user.tool_result` is for self-hosted environments only; `system.message` is not supported.
 * All refusals are 400s (a 409 would be retried by the SDK).
 */
export function validateSend({
  sessionId,
  status,
  archived,
  pending,
  events,
}: {
  sessionId: string;
  status: SessionStatus;
  archived: boolean;
  pending: readonly PendingAction[];
  events: readonly SendEventParams[];
}): void {
  if (archived || status === 'terminated') {
    throw new InvalidRequestError(`Session ${sessionId} is ${archived ? 'archived' : 'terminated'} and accepts no new events`);
  }
  let busy = isBusy(status);
  const open = new Map(pending.map((a) => [a.event_id, a]));
  events.forEach((p, i) => {
    const where = `events.${i}`;
    switch (p.type) {
      case 'user.message':
        if (busy) {
          throw new InvalidRequestError(`${where}: session ${sessionId} is ${status}; wait for session.status_idle or send user.interrupt first`);
        }
        if (open.size) {
          throw new InvalidRequestError(
            `${where}: session ${sessionId} is waiting for results of ${[...open.keys()].join(', ')}; answer them or send user.interrupt first`,
          );
        }
        busy = true;
        break;
      case 'user.interrupt':
        busy = false;
        open.clear();
        break;
      case 'user.custom_tool_result':
        if (open.get(p.custom_tool_use_id)?.kind !== 'custom_tool') {
          throw new InvalidRequestError(`${where}.custom_tool_use_id: ${p.custom_tool_use_id} is not an agent.custom_tool_use awaiting a result`);
        }
        open.delete(p.custom_tool_use_id);
        break;
      case 'user.tool_confirmation':
        if (open.get(p.tool_use_id)?.kind !== 'confirmation') {
          throw new InvalidRequestError(
            `${where}.tool_use_id: ${p.tool_use_id} is not an agent.tool_use awaiting confirmation (evaluated_permission "ask")`,
          );
        }
        open.delete(p.tool_use_id);
        break;
      case 'user.tool_result':
        throw new InvalidRequestError(`${where}: user.tool_result is only accepted by self_hosted environments; use user.custom_tool_result for custom tools`);
      case 'system.message':
        throw new InvalidRequestError(`${where}: this model does not support mid-conversation system messages`, {
          details: { details: { error_code: 'model_does_not_support_mid_conversation_system' } },
        });
      case 'user.define_outcome':
        break;
    }
  });
}
