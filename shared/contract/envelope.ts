import { z } from 'zod';

/** A request as it travels over any transport: which method, with what arguments. */
export const RequestEnvelopeSchema = z.object({
  id: z.union([z.string().min(1).max(100), z.number().int()]),
  name: z.string().min(1).max(100),
  args: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelopeSchema>;

/** Codes an error reply can carry; the message is always written for a person. */
export type ErrorCode = 'bad-envelope' | 'unknown-method' | 'invalid-args' | 'failed' | 'internal';

export interface ContractErrorBody {
  code: ErrorCode;
  message: string;
}

export type ReplyEnvelope =
  | { type: 'reply'; id: RequestEnvelope['id']; result: unknown }
  | { type: 'error'; id: RequestEnvelope['id'] | null; error: ContractErrorBody };

export interface PushEnvelope {
  type: 'push';
  name: string;
  payload: unknown;
}

/** Everything the backend can send to the renderer. */
export type OutgoingEnvelope = ReplyEnvelope | PushEnvelope;
