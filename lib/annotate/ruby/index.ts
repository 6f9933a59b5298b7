/** HTML rendering of an annotation: <ruby> per term with one <rt> per character. */
import type { Annotated } from '../types';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * `<ruby class="term" data-term-id="小米" data-kind="company">小<rt>xiǎo</rt>米<rt>mǐ</rt></ruby>`
 * for terms, `<span class="alias" data-term-id="小米">Xiaomi</span>` for aliases, escaped text
 * for the rest. Characters without a known reading get an empty <rt>.
 */
export function toRubyHtml(annotated: Annotated): string {
  let html = '';
  for (const s of annotated.segments) {
    if (s.type === 'plain') html += escapeHtml(s.text);
    else if (s.type === 'alias') {
      html += `<span class="alias" data-term-id="${escapeHtml(s.termId)}">${escapeHtml(s.text)}</span>`;
    } else {
      html += `<ruby class="term" data-term-id="${escapeHtml(s.id)}" data-kind="${escapeHtml(s.kind)}">`;
      for (const syl of s.syllables) html += `${escapeHtml(syl.hanzi)}<rt>${escapeHtml(syl.pinyin)}</rt>`;
      html += '</ruby>';
    }
  }
  return html;
}
