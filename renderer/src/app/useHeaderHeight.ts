// The sticky header's height, as the CSS variable --header-h, so whatever sticks below it (the step
// list, the rubric's total, the in-page section lists) and whatever a link scrolls to sits just
// under it, however many lines the role's name takes. Set through the CSSOM, which the page's
// style-src policy allows.
import { useEffect, type RefObject } from 'react';

export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--header-h', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [header]);
}
