import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { chooseTransport } from './api/choose-transport';
import { App } from './app/App';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/button.css';
import './ui/page.css';

const client = createClient(chooseTransport());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
