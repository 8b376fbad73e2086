import { z } from 'zod';
import { text, Uuid } from './common';
import { MAX_RULE_TEXT } from './limits';

export { MAX_RULE_TEXT, MAX_RULES } from './limits';

export const RULE_KINDS = ['equals', 'contains'] as const;
export const RuleKind = z
  .enum(RULE_KINDS)
  .describe(
    'equals: the whole merchant (or, without one, description) is the text; contains: the text appears in it. ' +
      'Compared after normalising both (case, Unicode form and spacing ignored)',
  );
export type RuleKind = z.infer<typeof RuleKind>;

export const RULE_SOURCES = ['learned', 'written'] as const;

export const CreateCategorisationRuleInput = z.strictObject({
  kind: RuleKind,
  text: text({ min: 1, max: MAX_RULE_TEXT }).describe('The merchant or description, or a part of it'),
  categoryId: Uuid.describe('One of your categories'),
});
export type CreateCategorisationRuleInput = z.infer<typeof CreateCategorisationRuleInput>;

export const UpdateCategorisationRuleInput = z
  .strictObject({
    kind: RuleKind.optional(),
    text: text({ min: 1, max: MAX_RULE_TEXT }).optional(),
    categoryId: Uuid.optional(),
  })
  .refine((value) => value.kind !== undefined || value.text !== undefined || value.categoryId !== undefined, {
    message: 'send a kind, a text or a categoryId',
  });
export type UpdateCategorisationRuleInput = z.infer<typeof UpdateCategorisationRuleInput>;

export const CategorisationRule = z.object({
  id: z.uuid(),
  kind: RuleKind,
  text: z.string().describe('Normalised: lower case, single spaces'),
  categoryId: z.uuid(),
  source: z
    .enum(RULE_SOURCES)
    .describe('learned: from a category you chose in an import (learning may change it); written: by you'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CategorisationRule = z.infer<typeof CategorisationRule>;

export const CategorisationRuleList = z.object({ items: z.array(CategorisationRule) });
export type CategorisationRuleList = z.infer<typeof CategorisationRuleList>;
