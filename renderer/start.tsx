import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectHost } from './host/hostAccess';
import { applyLanguage } from './app/uiLanguage';

// the app's messages in the delegate's language (the page's direction is set already: main.tsx)
applyLanguage();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App host={connectHost()} />
  </StrictMode>,
);

// the editor is not in the window's first bundle: fetch it once the window is idle, so that the
// first proposal opened does not wait for it
const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => number }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 500));
idle(() => void import('./app/ProposalPane'));
