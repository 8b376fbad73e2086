import type { RuleKind } from '@spendwise/contracts';

/** The kinds a rule can be, in the order the form offers them (their words: the `rules.kind` messages). */
export const RULE_KINDS: readonly RuleKind[] = ['equals', 'contains'];
