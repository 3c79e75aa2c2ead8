// Layout checks for the pseudo-locale run: text that no longer fits its box. An element counts as
// clipping when its content is wider or taller than its box and its overflow hides the rest, or when
// the page itself scrolls sideways. Deliberate ellipses (text-overflow) with the full text in a
// title attribute are allowed: the reader can still get the whole text.
import type { Page } from 'playwright-core';

export interface Clipped {
  what: string;
  text: string;
}

export async function clippedText(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const found: { what: string; text: string }[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push({ what: 'page scrolls sideways', text: `${root.scrollWidth}px wide` });
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      const style = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      const cutX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const cutY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (!cutX && !cutY) continue;
      if (el.classList.contains('visually-hidden')) continue;
      if (style.textOverflow === 'ellipsis' && (el.title || el.closest('[title]'))) continue;
      const text = (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 80);
      if (!text) continue;
      found.push({ what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`, text });
    }
    return found;
  });
}
