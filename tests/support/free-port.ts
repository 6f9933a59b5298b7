import { createServer } from 'node:net';

/**
 * A TCP port that is free right now, chosen by the system (an ephemeral port, far from the fixed
 * ports people give E2E_PORT): extra test servers take one each, so two checkouts (or two workers)
 * running the suite on one machine never collide.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string')
        return probe.close(() => reject(new Error('no TCP port assigned')));
      probe.close(() => resolve(address.port));
    });
  });
}
