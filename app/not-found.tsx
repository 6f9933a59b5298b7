import { SiteShell } from '@/components/SiteShell';
import { NotFoundContent } from '@/components/NotFoundContent';
import { routing } from '@/i18n/routing';

// Outside any locale (e.g. a path the proxy does not see): the default language.
export default function GlobalNotFound() {
  return (
    <SiteShell locale={routing.defaultLocale}>
      <NotFoundContent locale={routing.defaultLocale} />
    </SiteShell>
  );
}
