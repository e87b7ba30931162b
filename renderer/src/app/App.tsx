import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { ClientProvider } from '../api/context';
import type { Client } from '../api/client';
import { Bootstrap } from './Bootstrap';
import { routes } from './routes';

/** The whole renderer: the backend client, start-up loading, then the router. */
export function App({ client }: { client: Client }) {
  const [router] = useState(() => createHashRouter(routes));
  return (
    <ClientProvider client={client}>
      <Bootstrap>
        <RouterProvider router={router} />
      </Bootstrap>
    </ClientProvider>
  );
}
