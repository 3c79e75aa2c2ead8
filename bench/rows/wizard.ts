// wizard-interactive: navigation start until the Start step's first template button is visible
// and enabled, in headless Chromium with a fresh context per run, against bare-react-interactive:
// a one-button React 19 page built and served the same way. Both are timed by the same in-page
// probe (bench/lib/probe.ts): performance.now() at the moment the button qualifies.
import { launchChromium, timeToInteractive } from '../lib/browser.js';
import { BARE_OUT_DIR, RENDERER_DIR } from '../lib/paths.js';
import { serve, type Served } from '../lib/serve.js';
import { interleave } from '../lib/stats.js';
import { pairRows, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 2;
const RUNS = 15;
const TARGET = 1.15;

export const wizard: RowModule = {
  id: 'wizard',
  async measure(): Promise<Row[]> {
    const servers: Served[] = [];
    const browser = await launchChromium();
    try {
      const app = await serve(RENDERER_DIR);
      servers.push(app);
      const bare = await serve(BARE_OUT_DIR);
      servers.push(bare);
      const samples = await interleave(
        () => timeToInteractive(browser, app.url),
        () => timeToInteractive(browser, bare.url),
        { warmups: WARMUPS, runs: RUNS },
      );
      return pairRows(
        { name: 'wizard-interactive', samples: samples.subject },
        { name: 'bare-react-interactive', samples: samples.baseline },
        TARGET,
      );
    } finally {
      await browser.close();
      await Promise.all(servers.map((s) => s.close()));
    }
  },
};
