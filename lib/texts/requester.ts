import 'server-only';
import { getRateLimitStore } from '../rate-limit/store';
import { clientAddress } from './client-address';
import type { Requester } from './rate-limits';

/** The client of a request (server actions), counted in the process's rate-limit store. */
export function requesterOf(headers: Pick<Headers, 'get'>): Requester {
  return { client: clientAddress(headers), rateLimits: getRateLimitStore() };
}
