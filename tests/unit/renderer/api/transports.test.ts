import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseTransport } from '../../../../renderer/src/api/choose-transport';
import { httpTransport } from '../../../../renderer/src/api/transports/http';
import { ipcTransport } from '../../../../renderer/src/api/transports/ipc';
import type { DesktopBridge, PushEnvelope } from '../../../../shared/contract';

afterEach(() => vi.unstubAllGlobals());

describe('http transport', () => {
  it('posts the envelope as JSON to /api/call and returns the reply', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ type: 'reply', id: 1, result: 42 }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const reply = await httpTransport('http://127.0.0.1:9').call({ id: 1, name: 'app-info', args: {} });
    expect(reply).toEqual({ type: 'reply', id: 1, result: 42 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:9/api/call');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ id: 1, name: 'app-info', args: {} });
  });

  it('turns a host that is gone into an error reply that says what to do', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const reply = await httpTransport().call({ id: 2, name: 'app-info', args: {} });
    expect(reply).toMatchObject({ type: 'error', id: 2, error: { message: expect.stringMatching(/npm run web/) } });
  });

  it('passes on the host’s own words when the session is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Open Career Organizer with the full link', { status: 401 })));
    const reply = await httpTransport().call({ id: 3, name: 'app-info', args: {} });
    expect(reply).toMatchObject({ type: 'error', error: { message: 'Open Career Organizer with the full link' } });
  });
});

describe('ipc transport and the choice at start-up', () => {
  const fakeBridge = (): DesktopBridge & { pushes: Set<(e: PushEnvelope) => void> } => {
    const pushes = new Set<(e: PushEnvelope) => void>();
    return {
      pushes,
      call: async (envelope) => ({ type: 'reply', id: envelope.id, result: `via ipc: ${envelope.name}` }),
      onPush: (listener) => {
        pushes.add(listener);
        return () => pushes.delete(listener);
      },
      pathForFile: (file) => (file.name.startsWith('web-') ? '' : `/home/sam/${file.name}`),
      startDrag: () => undefined,
    };
  };

  it('imports by path on the desktop, and explains items that are not files on disk', async () => {
    const bridge = fakeBridge();
    const sent: unknown[] = [];
    bridge.call = async (envelope) => {
      sent.push(envelope);
      return { type: 'reply', id: envelope.id, result: { batchId: 'batch-1', cancelled: false, outcomes: [{ status: 'added', name: 'cv.pdf', documentId: 'doc123456', versionId: 'ver123456' }] } };
    };
    const report = await ipcTransport(bridge).importFiles(
      [
        { file: new File(['x'], 'cv.pdf'), name: 'cv.pdf' },
        { file: new File(['y'], 'web-image.png'), name: 'web-image.png' },
      ],
      { batchId: 'batch-1', kind: 'resume' },
    );
    expect(sent).toEqual([expect.objectContaining({ name: 'documents-import-paths', args: { batchId: 'batch-1', kind: 'resume', paths: ['/home/sam/cv.pdf'] } })]);
    expect(report.outcomes.map((o) => o.status)).toEqual(['added', 'skipped']);
    expect(report.outcomes[1]).toMatchObject({ reason: expect.stringMatching(/not a file on your computer/) });
  });

  it('uses the preload bridge when it is there', async () => {
    const bridge = fakeBridge();
    const transport = chooseTransport({ careerOrganizer: bridge } as unknown as Window);
    expect(await transport.call({ id: 1, name: 'app-info', args: {} })).toEqual({ type: 'reply', id: 1, result: 'via ipc: app-info' });
    const heard: string[] = [];
    const stop = ipcTransport(bridge).onPush((e) => heard.push(e.name));
    bridge.pushes.forEach((l) => l({ type: 'push', name: 'settings-changed', payload: {} }));
    stop();
    expect(heard).toEqual(['settings-changed']);
    expect(bridge.pushes.size).toBe(0);
  });

  it('falls back to HTTP in a plain browser', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ type: 'reply', id: 1, result: 'via http' })));
    vi.stubGlobal('fetch', fetchMock);
    const transport = chooseTransport({} as Window);
    expect(await transport.call({ id: 1, name: 'app-info', args: {} })).toMatchObject({ result: 'via http' });
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});
