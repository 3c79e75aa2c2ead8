// The sticky header's layout, kept up to date as the window, the role's name or the interface
// language changes:
// - its height, as the CSS variable --header-h, so whatever sticks below it (the step list, the
//   rubric's total, the in-page section lists) and whatever a link scrolls to sits just under it;
// - whether its parts fit one row. In English they do from 1024 px; a longer language (Dutch,
//   Polish) may not, and then the view switch takes a row of its own (data-crowded) rather than
//   pushing the page sideways.
// Both are set through the CSSOM and attributes, which the page's style-src policy allows.
import { useEffect, type RefObject } from 'react';

/** the least room the role's name is given before the header counts as crowded (12rem) */
const NAME_ROOM = 192;

function crowded(header: HTMLElement): boolean {
  const style = getComputedStyle(header);
  const gap = Number.parseFloat(style.columnGap) || 0;
  const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
  // a part hidden at this width (the brand) takes no room and no gap
  const parts = ([...header.children] as HTMLElement[]).filter((part) => part.getClientRects().length > 0);
  // the view switch's own list, not its box: on a row of its own the box takes the whole width
  const width = (part: HTMLElement) =>
    part.classList.contains('doc-info') ? NAME_ROOM : ((part.querySelector(':scope > ul') as HTMLElement | null) ?? part).scrollWidth;
  const needed = parts.reduce((sum, part) => sum + width(part), 0);
  return needed + gap * (parts.length - 1) + padding > header.clientWidth;
}

export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => {
      element.toggleAttribute('data-crowded', crowded(element));
      root.style.setProperty('--header-h', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    // a role opened or closed, its name or the language changed: the parts change, not the header's box
    const changed = new MutationObserver(measure);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [header]);
}
