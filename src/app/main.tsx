import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './app-routes';
import { Providers } from './providers';
import './app.css';
import '../components/control.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no element with id "root" to render into.');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <AppRoutes />
    </Providers>
  </StrictMode>,
);
