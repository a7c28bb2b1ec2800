import { deliveries, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { RuleContext } from '../types';
import { sameCode } from './aims';
import { learnerDerived } from './define';

/**
 * An aim's LearningDeliveryFAM records grouped by type (the type trimmed and upper-cased), built once per learner for
 * the delivery FAM rules (LearnDelFAMType_*): which types an aim has, how often, and with which codes.
 */
export class AimFams {
  private readonly byType = new Map<string, IlrRecord[]>();

  constructor(aim: IlrRecord) {
    for (const f of kids(aim, 'LearningDeliveryFAM')) {
      const type = text(f, 'LearnDelFAMType')?.trim().toUpperCase();
      if (type === undefined) continue;
      const list = this.byType.get(type);
      if (list) list.push(f);
      else this.byType.set(type, [f]);
    }
  }

  /** The aim's FAM records of the type, in file order. */
  of(type: string): readonly IlrRecord[] {
    return this.byType.get(type) ?? NONE;
  }

  /** How many FAM records of the type the aim has. */
  count(type: string): number {
    return this.of(type).length;
  }

  /** The types the aim returns, each once. */
  types(): IterableIterator<string> {
    return this.byType.keys();
  }

  /** Whether the aim has a FAM of the type (with one of the codes, when codes are given; "034" = "34"). */
  has(type: string, ...codes: string[]): boolean {
    return this.find(type, ...codes) !== undefined;
  }

  /** The first FAM of the type (with one of the codes, when codes are given). */
  find(type: string, ...codes: string[]): IlrRecord | undefined {
    const list = this.of(type);
    if (codes.length === 0) return list[0];
    return list.find((f) => codes.some((c) => sameCode(text(f, 'LearnDelFAMCode'), c)));
  }

  /** The FAMs of the type with one of the codes. */
  matching(type: string, ...codes: string[]): IlrRecord[] {
    return this.of(type).filter((f) => codes.some((c) => sameCode(text(f, 'LearnDelFAMCode'), c)));
  }

  /** The FAMs of the type whose code is none of the codes (a blank code counts as none of them). */
  other(type: string, ...codes: string[]): IlrRecord[] {
    return this.of(type).filter((f) => !codes.some((c) => sameCode(text(f, 'LearnDelFAMCode'), c)));
  }
}

const NONE: readonly IlrRecord[] = Object.freeze([]);

/** Each aim of the learner with its FAMs by type, indexed once per learner. */
export const DELIVERY_FAMS = learnerDerived('delivery FAMs by type', (learner): Map<IlrRecord, AimFams> => {
  const out = new Map<IlrRecord, AimFams>();
  for (const a of deliveries(learner)) out.set(a, new AimFams(a));
  return out;
});

/** The FAMs by type of one of the learner's aims (from the learner's index, computed once). */
export function aimFams(ctx: RuleContext, learner: IlrRecord, aim: IlrRecord): AimFams {
  return ctx.get(DELIVERY_FAMS, learner).get(aim) ?? new AimFams(aim);
}
