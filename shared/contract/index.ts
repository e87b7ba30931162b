import { activityContract } from './activity';
import { appContract } from './app';
import { documentsContract } from './documents';
import { jobsContract } from './jobs';
import { lettersContract } from './letters';
import { scheduleContract } from './schedule';
import { settingsContract } from './settings';
import { mergeContracts, type ArgsOf, type ParsedArgsOf, type ResultOf } from './define';

/** The whole contract: every method the renderer may call, by name. Add a feature's map here. */
export const contract = mergeContracts(appContract, settingsContract, documentsContract, jobsContract, activityContract, lettersContract, scheduleContract);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Args<N extends MethodName> = ArgsOf<Contract, N>;
export type ParsedArgs<N extends MethodName> = ParsedArgsOf<Contract, N>;
export type Result<N extends MethodName> = ResultOf<Contract, N>;

export * from './envelope';
export * from './events';
export * from './define';
export * from './app';
export * from './settings';
export * from './documents';
export * from './jobs';
export * from './activity';
export * from './letters';
export * from './schedule';
export * from './bridge';
