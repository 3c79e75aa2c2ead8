// The in-page probe that decides when a page is interactive: the first template button is visible
// and enabled. It runs as an init script before any page script and stamps performance.now() (ms
// since this document's navigation started) on window when the button first qualifies.
//
// Kept as source text, not a function: tsx compiles bench code with esbuild's keepNames, whose
// __name helper does not exist inside the page.

/** The window property the probe writes. */
export const PROBE_KEY = '__benchInteractiveAt';
export const TEMPLATE_CARDS_TESTID = 'template-cards';
export const CXO_BUTTON_TEXT = 'Chief Experience Officer';

export const PROBE_SCRIPT = `(() => {
  const KEY = ${JSON.stringify(PROBE_KEY)};
  const find = () => {
    const cards = document.querySelector('[data-testid=${JSON.stringify(TEMPLATE_CARDS_TESTID)}]');
    if (cards) return cards.querySelector('button');
    for (const b of document.querySelectorAll('button')) {
      if ((b.textContent || '').includes(${JSON.stringify(CXO_BUTTON_TEXT)})) return b;
    }
    return null;
  };
  const ready = (b) => {
    if (b.matches(':disabled') || b.getAttribute('aria-disabled') === 'true') return false;
    const r = b.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(b).visibility !== 'hidden';
  };
  let observer = null;
  const check = () => {
    if (window[KEY] !== undefined) return true;
    const b = find();
    if (!b || !ready(b)) return false;
    window[KEY] = performance.now();
    if (observer) observer.disconnect();
    return true;
  };
  observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const poll = () => { if (!check()) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
})();`;
