/**
 * Static pages that can be written another way (lib/reader/display-options), or that a link asks
 * to show with other reader settings (so that it shows them without JavaScript too), are rendered
 * per request at a sibling route when the query asks for it; the proxy rewrites to it. Pages
 * rendered per request anyway (pasted texts) read the query themselves.
 */
import { displayFromQuery, isDefaultDisplay } from '../reader/display-options';
import { hasLinkSettings, settingsFromQuery } from '../reader/settings';

/** The route to render instead (segments below the locale), or null to serve the page as is. */
export function displayVariant(segments: readonly string[], query: URLSearchParams): string[] | null {
  if (segments.length !== 2 || segments[0] !== 'articles') return null;
  return isDefaultDisplay(displayFromQuery(query)) && !hasLinkSettings(settingsFromQuery(query))
    ? null
    : [...segments, 'display'];
}
