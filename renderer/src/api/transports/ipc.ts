import type { DesktopBridge } from '../../../../shared/contract';
import type { Transport } from '../transport';

/** The desktop transport: the two functions the preload put on window.careerOrganizer. */
export function ipcTransport(bridge: DesktopBridge): Transport {
  return {
    call: (envelope) => bridge.call(envelope),
    onPush: (listener) => bridge.onPush(listener),
  };
}
