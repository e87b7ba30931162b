import { render } from '@testing-library/react';
import { createClient, type Client } from '../../renderer/src/api/client';
import { memoryTransport } from '../../renderer/src/api/transports/memory';
import { App } from '../../renderer/src/app/App';
import { useSettingsStore } from '../../renderer/src/stores/settings';
import { useToasts } from '../../renderer/src/stores/toasts';
import type { Host } from '../../electron/backend/native-host';
import { makeTempDir, startTestBackend } from './backend';
import { recordingHost } from './recording-host';

/**
 * Renders the whole app over the memory transport against a real backend on a temp
 * folder, at the given route. Returns the backend's folder and a cleanup.
 */
export function renderApp(
  route = '/',
  host: Host = recordingHost(),
): { client: Client; dataDir: string; cleanup: () => Promise<void> } {
  const temp = makeTempDir();
  const backend = startTestBackend(temp.dir, host);
  const client = createClient(memoryTransport(backend));
  useSettingsStore.setState({ settings: null, info: null });
  useToasts.setState({ toasts: [] });
  window.location.hash = `#${route}`;
  const view = render(<App client={client} />);
  return {
    client,
    dataDir: temp.dir,
    cleanup: async () => {
      view.unmount();
      await backend.close().catch(() => undefined); // let the library finish writing before its folder goes
      await temp.cleanup();
    },
  };
}
