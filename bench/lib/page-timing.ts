// In-page timers for the interaction rows, kept as source text: tsx compiles bench code with
// esbuild's keepNames, whose __name helper does not exist inside the page.
// "Next paint" is the moment after the first animation frame that follows the change: the frame's
// requestAnimationFrame callbacks have run, then a task posted from one runs once that frame has
// been produced (the usual way to time key-to-paint without the Event Timing API's 8 ms rounding).

/** Clicks the dialog's Open button and resolves to ms from the click to the paint after `Opened PATH.` shows. */
export const OPEN_AND_WAIT = `async ([path, label]) => {
  const dialog = document.querySelector('dialog[open], [role=dialog]');
  const button = [...dialog.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!button) throw new Error('no ' + label + ' button in the dialog');
  const want = 'Opened ' + path + '.';
  return await new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'characterData' ? [record.target] : record.addedNodes;
        for (const node of nodes) {
          if (!(node.textContent || '').includes(want)) continue;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          return;
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    start = performance.now();
    button.click();
  });
}`;

/**
 * Starts timing every keystroke in the page: from keydown to the next paint after it, into
 * window.__keySamples. The keydown listener runs first (capture on window), before React's own.
 */
export const TIME_KEYSTROKES = `(() => {
  window.__keySamples = [];
  window.addEventListener('keydown', () => {
    const start = performance.now();
    requestAnimationFrame(() => setTimeout(() => window.__keySamples.push(performance.now() - start), 0));
  }, { capture: true });
})()`;

/**
 * Clicks the sort button of a column of the Compare table and resolves to ms from the click to the
 * paint after the header says the new order (aria-sort), the rows sorted beneath it.
 */
export const SORT_AND_WAIT = `async (column) => {
  const header = document.querySelector('.compare-table th.col-' + column);
  const button = header && header.querySelector('button');
  if (!button) throw new Error('no sort button for ' + column);
  const before = header.getAttribute('aria-sort');
  return await new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      const now = header.getAttribute('aria-sort');
      if (now === null || now === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(header, { attributes: true, attributeFilter: ['aria-sort'] });
    start = performance.now();
    button.click();
  });
}`;
