import { CREATION_LIMIT, creationRateKey, EDIT_LIMIT, editRateKey } from '../rate-limit/limits';
import { refusedOverLimit } from '../rate-limit/too-many-requests';
import type { RateLimit, RateLimitStore } from '../rate-limit/types';
import { textError, type Result, type TextErrorCode } from './errors';

/** Who asks (lib/texts/client-address) and where their requests are counted. */
export interface Requester {
  client: string;
  rateLimits: RateLimitStore;
  now?: number;
}

async function counted(
  { rateLimits }: Requester,
  now: number,
  key: string,
  limit: RateLimit | null,
  code: TextErrorCode,
  things: string,
): Promise<Result<void>> {
  const refused = await refusedOverLimit(rateLimits, key, now, limit, { code, things });
  return refused ? textError(refused) : { ok: true, value: undefined };
}

/** Counts a creation against the client's creation limit (429 rate_limited past it). */
export const countCreation = (requester: Requester, now: number) =>
  counted(requester, now, creationRateKey(requester.client), CREATION_LIMIT, 'rate_limited', 'texts');

/** Counts an edit against the client's edit limit (429 edit_rate_limited past it), apart from creations. */
export const countEdit = (requester: Requester, now: number) =>
  counted(requester, now, editRateKey(requester.client), EDIT_LIMIT, 'edit_rate_limited', 'edits');
