import 'server-only';
import { parseConfig, type AppConfig } from './schema';

export type { AppConfig, ServerConfig } from './schema';

let loaded: AppConfig | undefined;

/**
 * The process's configuration, read from the environment at the first call (instrumentation.ts
 * makes that the server's start, so a bad value stops it) and kept. Tests that need another
 * configuration call `parseConfig` with an environment of their own.
 */
export function config(): AppConfig {
  // NODE_ENV named on its own: Next's bundler replaces `process.env.NODE_ENV` with the build's mode
  // ("production" after `next build`), which our server (server.ts) does not put into the environment.
  loaded ??= parseConfig({ ...process.env, NODE_ENV: process.env.NODE_ENV });
  return loaded;
}
