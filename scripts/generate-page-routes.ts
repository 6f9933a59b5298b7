/**
 * Writes lib/routing/page-routes.generated.json from the app tree (lib/routing/page-routes.ts):
 * run by `npm run build` and by the unit tests' setup, so a new page route needs no list of ours.
 *   npm run generate:routes
 */
import { writePageRoutes } from '../lib/routing/page-routes';

const { file, changed } = writePageRoutes();
console.log(changed ? `Page routes written to ${file}` : `Page routes unchanged (${file})`);
