import { config } from '../config';

// Set by environment variables (lib/config): 0 turns a limit off (e.g. for a load test), anything
// unreadable stops the start, so a typo never switches one off.
/** Text creations per client and minute: TEXT_CREATIONS_PER_MINUTE (default 30). */
export const CREATION_LIMIT = config().rateLimits.creations;
/** Text edits per client and minute: TEXT_EDITS_PER_MINUTE (default 20). */
export const EDIT_LIMIT = config().rateLimits.edits;
/** POST /api/annotate runs the engine on up to 100 000 characters per request: ANNOTATE_REQUESTS_PER_MINUTE (default 120). */
export const ANNOTATE_LIMIT = config().rateLimits.annotate;

// What is counted, each apart from the others: the same client under another key.
/** Text creations are counted under the client itself. */
export const creationRateKey = (client: string): string => client;
export const editRateKey = (client: string): string => `edit:${client}`;
export const annotateRateKey = (client: string): string => `annotate:${client}`;
