// Starts the game page.
import './core/no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './view/page.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root" to start the game in.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
