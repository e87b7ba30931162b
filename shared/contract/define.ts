import type { z } from 'zod';

/** One method of the contract: the schema its argument must pass and the shape of its result. */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
}

export type ContractMap = Record<string, MethodSpec>;

/** Declares a feature's handler map, keeping the literal names for typing. */
export function defineContract<const C extends ContractMap>(contract: C): C {
  return contract;
}

/** The argument type a caller passes for method N (before schema defaults apply). */
export type ArgsOf<C extends ContractMap, N extends keyof C> = z.input<C[N]['args']>;
/** The argument type a handler receives for method N (after validation). */
export type ParsedArgsOf<C extends ContractMap, N extends keyof C> = z.output<C[N]['args']>;
/** The result type of method N. */
export type ResultOf<C extends ContractMap, N extends keyof C> = z.output<C[N]['result']>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Joins feature contracts into one; a name declared twice is a programming error and throws. */
export function mergeContracts<const M extends ContractMap[]>(...maps: M): UnionToIntersection<M[number]> {
  const merged: ContractMap = {};
  for (const map of maps) {
    for (const name of Object.keys(map)) {
      if (name in merged) throw new Error(`The contract declares "${name}" twice.`);
      merged[name] = map[name];
    }
  }
  return merged as UnionToIntersection<M[number]>;
}
