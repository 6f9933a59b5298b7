import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Tests against PostgreSQL need TEST_DATABASE_URL: a database on a server where that role may
 * create databases (scripts/test-postgres.sh starts one). Each test gets a database of its own,
 * created next to it and dropped afterwards, so tests never see each other's rows.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** Why PostgreSQL tests do not run here, or null when they do. In CI they must run: a missing URL fails there. */
export function postgresUnavailable(): string | null {
  if (TEST_DATABASE_URL) return null;
  if (process.env.CI)
    throw new Error(
      'CI must run the PostgreSQL tests: set TEST_DATABASE_URL (.ci/run starts a server with scripts/test-postgres.sh)',
    );
  return 'PostgreSQL tests skipped: TEST_DATABASE_URL is not set (start a server with `eval "$(scripts/test-postgres.sh start)"`)';
}

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
  /** Creates it again after drop(), empty (as a database that was unreachable and is back). */
  recreate(): Promise<void>;
}

async function onServer<T>(baseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server of `baseUrl`; `drop()` removes it (closing connections still open). */
export async function createScratchDatabase(label: string, baseUrl = TEST_DATABASE_URL): Promise<ScratchDatabase> {
  if (!baseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${label.replace(/[^a-z0-9_]/g, '_')}_${randomBytes(6).toString('hex')}`;
  const create = () => onServer(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`)).then(() => undefined);
  await create();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    name,
    drop: () =>
      onServer(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
    recreate: create,
  };
}
