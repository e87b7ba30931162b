import type { Contract, MethodName, ParsedArgs, PushName, PushPayload, Result } from '../../shared/contract';

/** What every handler receives besides its arguments. */
export interface HandlerContext {
  /** Sends a push event to every connected window. */
  push<E extends PushName>(name: E, payload: PushPayload<E>): void;
}

export type Handler<N extends MethodName> = (
  args: ParsedArgs<N>,
  ctx: HandlerContext,
) => Promise<Result<N>> | Result<N>;

type AnyHandler = (args: unknown, ctx: HandlerContext) => unknown;

/** A feature's set of handler implementations, registered by name. */
export interface App<N extends MethodName = MethodName> {
  method<K extends N>(name: K, handler: Handler<K>): App<N>;
  readonly handlers: ReadonlyMap<string, AnyHandler>;
}

/** Starts a feature's handler set; registering the same name twice throws. */
export function createApp<N extends MethodName = MethodName>(): App<N> {
  const handlers = new Map<string, AnyHandler>();
  const app: App<N> = {
    method(name, handler) {
      if (handlers.has(name)) throw new Error(`Handler "${name}" is registered twice.`);
      handlers.set(name, handler as AnyHandler);
      return app;
    },
    handlers,
  };
  return app;
}

/** Joins feature apps into one handler table; a name found in two apps throws. */
export function combine(...apps: App[]): ReadonlyMap<string, AnyHandler> {
  const all = new Map<string, AnyHandler>();
  for (const app of apps) {
    for (const [name, handler] of app.handlers) {
      if (all.has(name)) throw new Error(`Handler "${name}" is registered by two features.`);
      all.set(name, handler);
    }
  }
  return all;
}

export type HandlerTable = ReturnType<typeof combine>;
export type { Contract };
