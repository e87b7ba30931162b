import type {
  Args,
  ContractErrorBody,
  ErrorCode,
  MethodName,
  PushName,
  PushPayload,
  Result,
} from '../../../shared/contract';
import type { ImportOptions, ImportReport } from '../../../shared/contract';
import type { PickedFile, Transport } from './transport';

/** A failed call. `message` is written for the user and can be shown as is. */
export class ContractError extends Error {
  readonly code: ErrorCode;
  constructor(body: ContractErrorBody) {
    super(body.message);
    this.name = 'ContractError';
    this.code = body.code;
  }
}

/** The renderer's only way to reach the backend, typed from the contract. */
export interface Client {
  send<N extends MethodName>(name: N, args: Args<N>): Promise<Result<N>>;
  listen<E extends PushName>(event: E, listener: (payload: PushPayload<E>) => void): () => void;
  /** Brings dropped or picked files into the library; follow `documents-import-progress` with the batchId. */
  importFiles(files: PickedFile[], options: ImportOptions & { batchId: string }): Promise<ImportReport>;
}

/** Builds the client over a transport chosen once at start-up. */
export function createClient(transport: Transport): Client {
  let nextId = 1;
  return {
    async send(name, args) {
      const id = nextId++;
      const reply = await transport.call({ id, name, args });
      if (reply.type === 'error') throw new ContractError(reply.error);
      if (reply.type !== 'reply') throw new ContractError({ code: 'internal', message: 'The app sent an unexpected answer. Please try again.' });
      return reply.result as Result<typeof name>;
    },
    importFiles: (files, options) => transport.importFiles(files, options),
    listen(event, listener) {
      return transport.onPush((envelope) => {
        if (envelope.name === event) listener(envelope.payload as PushPayload<typeof event>);
      });
    },
  };
}
