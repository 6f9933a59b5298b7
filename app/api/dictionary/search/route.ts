import { dictionarySearchResponse } from '@/lib/api/dictionary';
import { unservedMethods } from '@/lib/api/unserved';
import { getDictionary } from '@/lib/dictionary';

/** The dictionary search: ?q= (hanzi, pinyin, initials or English), limit (≤ 50), offset. */
export async function GET(request: Request) {
  return dictionarySearchResponse(await getDictionary(), new URL(request.url).searchParams);
}

const { notAllowed, options } = unservedMethods('GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE, options as OPTIONS };
