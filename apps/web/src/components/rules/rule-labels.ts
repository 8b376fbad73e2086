import type { RuleKind } from '@spendwise/contracts';

export const KIND_LABEL: Record<RuleKind, string> = {
  equals: 'is exactly',
  contains: 'contains',
};

export const SOURCE_LABEL = {
  learned: 'Learned from an import',
  written: 'Written by you',
} as const;
