import { dictionaryWordResponse } from '@/lib/api/dictionary';
import { unservedMethods } from '@/lib/api/unserved';
import { getDictionary } from '@/lib/dictionary';

/** Every reading and entry of one word, for the reader's popovers (fetched when one opens). */
export async function GET(_request: Request, { params }: RouteContext<'/api/dictionary/[word]'>) {
  const { word } = await params;
  return dictionaryWordResponse(await getDictionary(), word);
}

const { notAllowed, options } = unservedMethods('GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE, options as OPTIONS };
