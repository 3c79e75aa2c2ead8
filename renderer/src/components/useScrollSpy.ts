// Which of a page's sections the reader is in: the last one whose top has passed just under the
// sticky header. An IntersectionObserver wakes it up as sections cross that line, so scrolling a
// long page costs nothing between crossings.
import { useEffect, useState } from 'react';

const headerHeight = () => Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--header-h')) || 80;

export function useScrollSpy(ids: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(ids[0] ?? null);
  const key = ids.join('|');

  useEffect(() => {
    const list = key ? key.split('|') : [];
    let found = -1;
    let teardown: (() => void) | null = null;
    const watch = () => {
      const elements = list.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
      if (elements.length === found) return;
      found = elements.length;
      teardown?.();
      teardown = null;
      if (found === list.length) waiting.disconnect();
      if (elements.length === 0) return;
      const pick = () => {
        const line = headerHeight() + 24;
        let last = elements[0]!;
        for (const el of elements) if (el.getBoundingClientRect().top <= line) last = el;
        // at the very bottom the last sections cannot reach the line: the page's end is the last one
        const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
        setCurrent(atEnd ? elements.at(-1)!.id : last.id);
      };
      const observer = new IntersectionObserver(pick, { rootMargin: `-${headerHeight()}px 0px 0px 0px`, threshold: [0, 1] });
      elements.forEach((el) => observer.observe(el));
      window.addEventListener('scroll', pick, { passive: true });
      pick();
      teardown = () => {
        observer.disconnect();
        window.removeEventListener('scroll', pick);
      };
    };
    // sections drawn after the list of them (a step whose code is still arriving) join as they appear
    const waiting = new MutationObserver(watch);
    waiting.observe(document.body, { childList: true, subtree: true });
    watch();
    return () => {
      waiting.disconnect();
      teardown?.();
    };
  }, [key]);

  return current;
}
