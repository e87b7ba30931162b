import type { ServerResponse } from 'node:http';
import type { PushEnvelope } from '../../../shared/contract';

/** Keeps the open Server-Sent-Events responses and writes every push event to each. */
export class PushStream {
  private readonly clients = new Set<ServerResponse>();

  /** Turns a response into an event stream that stays open until the page goes away. */
  attach(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(envelope: PushEnvelope): void {
    const frame = `data: ${JSON.stringify(envelope)}\n\n`;
    for (const res of this.clients) res.write(frame);
  }

  closeAll(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  get size(): number {
    return this.clients.size;
  }
}
