import { expect, type APIRequestContext } from '@playwright/test';

/** A news-style paragraph (~400 characters) full of long-pinyin words: 深圳 行长 重新 创新 状况 双方. */
export const NEWS = `深圳市政府昨天召开新闻发布会，介绍今年上半年全市经济运行状况。市长在会上表示，面对复杂多变的外部环境，深圳坚持创新驱动发展战略，高新技术产业保持较快增长，全市研发投入占地区生产总值的比重继续位居全国前列。中国人民银行深圳市中心支行行长指出，金融机构重新调整了对中小企业的信贷政策，双方将在跨境支付、绿色金融和科技金融等领域开展更加紧密的合作。他说，银行今年已向三千多家创新型企业发放贷款，平均利率比去年同期下降了零点五个百分点。与此同时，深圳与香港双方签署了新的合作协议，计划在前海建设国际化的创新创业平台，吸引更多青年人才来深圳发展。专家认为，这些措施有助于改善企业的经营状况，增强市场信心。不过，也有经济学家提醒，全球需求放缓、原材料价格上涨以及房地产市场调整，仍然给下半年的经济增长带来不少压力。市政府表示，将继续优化营商环境，重新梳理审批流程，推动制造业向高端化、智能化、绿色化方向发展，确保全年经济社会发展目标顺利实现。`;

const octet = () => Math.floor(Math.random() * 250);

/** The first three sentences of NEWS (~190 characters, with 银行, 行长 and 重新): enough for a check of the whole page, such as axe. */
export const NEWS_OPENING = NEWS.slice(0, NEWS.indexOf('他说'));

/** Stores NEWS (or `text`) as a pasted text (from a random documentation address, so rate limits never meet) and returns its page. */
export async function createNewsText(request: APIRequestContext, text: string = NEWS): Promise<string> {
  const created = await request.post('/api/texts', {
    data: { title: '深圳经济运行状况', text, locale: 'de' },
    headers: { 'x-forwarded-for': `198.18.${octet()}.${octet()}` },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  return `/de/texts/${id}`;
}
