import 'server-only';
import { config } from '../config';
import { processSingleton } from '../process-singleton';
import type { AppConfig } from '../config/schema';
import { openPostgresTextStore } from './postgres-store';
import { openSqliteTextStore } from './sqlite-store';
import type { TextStore } from './types';

export type TextStoreConfig = { backend: 'postgres'; url: string } | { backend: 'sqlite'; dataDir: string };

/**
 * Which store the configuration asks for (lib/config): PostgreSQL when DATABASE_URL is a
 * postgres:// (or postgresql://) URL, SQLite under DATA_DIR (default ./data, git-ignored) when it
 * is unset or empty. Any other DATABASE_URL stops the start rather than fall back to a local file.
 */
export function textStoreConfig(
  { databaseUrl, dataDir }: Pick<AppConfig, 'databaseUrl' | 'dataDir'> = config(),
): TextStoreConfig {
  return databaseUrl ? { backend: 'postgres', url: databaseUrl } : { backend: 'sqlite', dataDir };
}

export function openTextStore(config: TextStoreConfig = textStoreConfig()): TextStore {
  return config.backend === 'postgres' ? openPostgresTextStore(config.url) : openSqliteTextStore(config.dataDir);
}

/** The process's text store, opened (SQLite folder created, migrations run) on first use. */
export function getTextStore(): TextStore {
  return processSingleton('text-store', openTextStore);
}
