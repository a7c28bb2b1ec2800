import { createRoot } from 'react-dom/client';
import { App } from './App';

/** Mounts the task pane: after Office.onReady inside Excel; straight away in a plain browser (no Office host). */
function mount(): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(<App />);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady(() => mount());
} else {
  mount();
}
