/** Vitest global setup: the proxy's route table from the app tree, as `npm run build` writes it. */
import { writePageRoutes } from '../../lib/routing/page-routes';

export default function setup(): void {
  writePageRoutes();
}
