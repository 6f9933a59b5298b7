import { handleDeleteText, handleGetText, handlePatchText } from '@/lib/api/text-request';
import { respond } from '@/lib/api/responses';
import { unservedMethods } from '@/lib/api/unserved';
import { getRateLimitStore } from '@/lib/rate-limit/store';
import { getTextStore } from '@/lib/texts/store';

type Context = RouteContext<'/api/texts/[id]'>;

export async function GET(request: Request, { params }: Context) {
  return respond(
    await handleGetText((await params).id, { store: getTextStore() }, new URL(request.url).searchParams.get('page')),
  );
}

export async function PATCH(request: Request, { params }: Context) {
  return respond(
    await handlePatchText(request, (await params).id, { store: getTextStore(), rateLimits: getRateLimitStore() }),
  );
}

export async function DELETE(request: Request, { params }: Context) {
  return respond(await handleDeleteText(request, (await params).id, { store: getTextStore() }));
}

const { notAllowed, options } = unservedMethods('GET', 'PATCH', 'DELETE');
export { notAllowed as POST, notAllowed as PUT, options as OPTIONS };
