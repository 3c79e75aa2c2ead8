// The bench's bare-react-interactive baseline: the least a React 19 page can do before it is usable,
// one enabled button, marked up so the same "first template button" probe finds it.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <div data-testid="template-cards">
      <button type="button">Chief Experience Officer</button>
    </div>,
  );
}
