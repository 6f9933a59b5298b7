import { handleCreateText } from '@/lib/api/texts-request';
import { respond } from '@/lib/api/texts-response';
import { getTextStore } from '@/lib/texts/store';

export async function POST(request: Request) {
  return respond(await handleCreateText(request, { store: getTextStore(), origin: new URL(process.env.SITE_URL || request.url).origin }));
}
