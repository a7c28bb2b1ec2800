import type { IlrMessage, IlrRecord } from '../../model/record';
import type { RuleContext } from '../types';

/**
 * Derived data: a value computed from the message (or from one learner) that several rules use — the official `DD*`
 * definitions (DD01 the ULN check digit, DD06 the earliest start date, …) and indexes of our own (destinations by
 * learner, the FD problems of the message). Each is declared once, as a token, with its scope; the engine computes it
 * the first time a rule asks for it and keeps it for the rest of the run (message scope) or while the learner is
 * being checked (learner scope). Rules ask with `ctx.get(DD06, learner)` or `ctx.get(FILE_PREPARATION_DATE)`.
 */
export interface MessageDerived<T> {
  readonly scope: 'message';
  /** For messages and the catalogue, e.g. "DD06" or "destinations by learner". */
  readonly name: string;
  compute(msg: IlrMessage, ctx: RuleContext): T;
}

export interface LearnerDerived<T> {
  readonly scope: 'learner';
  readonly name: string;
  compute(learner: IlrRecord, ctx: RuleContext): T;
}

export type Derived<T> = MessageDerived<T> | LearnerDerived<T>;

/** Declares a value derived once per run from the whole message. */
export function messageDerived<T>(name: string, compute: (msg: IlrMessage, ctx: RuleContext) => T): MessageDerived<T> {
  return { scope: 'message', name, compute };
}

/** Declares a value derived once per learner. */
export function learnerDerived<T>(name: string, compute: (learner: IlrRecord, ctx: RuleContext) => T): LearnerDerived<T> {
  return { scope: 'learner', name, compute };
}
