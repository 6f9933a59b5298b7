import { handleAnnotateRequest } from '@/lib/api/annotate-request';

export async function POST(request: Request) {
  const { status, body } = await handleAnnotateRequest(request);
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
