import type { z } from 'zod';
import {
  RequestEnvelopeSchema,
  type ContractMap,
  type ReplyEnvelope,
} from '../../shared/contract';
import type { HandlerContext, HandlerTable } from './app';
import { UserError } from './errors';
import { logError } from './log';

const GENERAL_FAILURE =
  'Something went wrong on our side. Your saved work is safe. Please try again, and if it keeps happening, restart the app.';

/**
 * The single entry for every request from any transport: checks the envelope, the
 * method name and the arguments, runs the handler and always answers — never throws.
 */
export async function dispatch(
  raw: unknown,
  contract: ContractMap,
  handlers: HandlerTable,
  ctx: HandlerContext,
): Promise<ReplyEnvelope> {
  const envelope = RequestEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const id = pickId(raw);
    return { type: 'error', id, error: { code: 'bad-envelope', message: 'The request was not understood.' } };
  }
  const { id, name, args } = envelope.data;
  const spec = Object.hasOwn(contract, name) ? contract[name] : undefined;
  const handler = handlers.get(name);
  if (!spec || !handler) {
    return { type: 'error', id, error: { code: 'unknown-method', message: `There is no action called "${name}".` } };
  }
  const parsed = spec.args.safeParse(args ?? {});
  if (!parsed.success) {
    return {
      type: 'error',
      id,
      error: { code: 'invalid-args', message: `The details sent for "${name}" are not valid: ${describeIssues(parsed.error)}` },
    };
  }
  try {
    const result = await handler(parsed.data, ctx);
    return { type: 'reply', id, result };
  } catch (err) {
    if (err instanceof UserError) return { type: 'error', id, error: { code: 'failed', message: err.message } };
    logError(`handler ${name} failed`, err);
    return { type: 'error', id, error: { code: 'internal', message: GENERAL_FAILURE } };
  }
}

/** Turns zod issues into one readable sentence such as "theme: expected one of system, light, dark". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      return `${where}${issue.message}`;
    })
    .join('; ');
}

function pickId(raw: unknown): string | number | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id))) return id;
  }
  return null;
}
