// A long page's list of its parts, kept in view beside it: the part being read is marked (and said,
// aria-current="location"), and a link scrolls to the part it names and puts the focus on it, just
// below the sticky header, without writing the place into the address.
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useScrollSpy } from './useScrollSpy';

export interface SectionLink {
  id: string;
  label: ReactNode;
  /** a break before this link: the start of another kind of part */
  breakBefore?: boolean;
  className?: string;
}

/** Scrolls to a part of the page and focuses it, as following a link should. */
export function goToSection(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

/** How long a link waits for its part to be drawn (a step whose code is still arriving). */
const WAIT_MS = 10_000;

/** Goes to the part now, or as soon as it is drawn. */
function goWhenDrawn(id: string): void {
  if (goToSection(id)) return;
  const observer = new MutationObserver(() => {
    if (goToSection(id)) stop();
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}

interface Props {
  label: string;
  links: readonly SectionLink[];
  className?: string;
}

export function SectionNav({ label, links, className }: Props) {
  const current = useScrollSpy(links.map((l) => l.id));
  const list = useRef<HTMLOListElement>(null);
  // a list laid out as a strip that scrolls sideways keeps the part being read in view
  useEffect(() => {
    const strip = list.current;
    const link = strip?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!strip || !link || strip.scrollWidth <= strip.clientWidth) return;
    strip.scrollLeft = link.offsetLeft - strip.offsetLeft - (strip.clientWidth - link.offsetWidth) / 2;
  }, [current]);
  const follow = (event: MouseEvent, id: string) => {
    event.preventDefault();
    goWhenDrawn(id);
  };
  return (
    <nav className={`section-nav ${className ?? ''}`} aria-label={label}>
      <ol ref={list}>
        {links.map((link) => (
          <li key={link.id} className={[link.breakBefore ? 'contents-break' : '', link.className ?? ''].join(' ').trim() || undefined}>
            <a href={`#${link.id}`} aria-current={current === link.id ? 'location' : undefined} onClick={(event) => follow(event, link.id)}>
              {link.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
