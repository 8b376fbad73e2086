import { type RuleKind } from '@spendwise/contracts';

export interface MatchableRule {
  id: string;
  kind: RuleKind;
  text: string;
  categoryId: string;
}

/**
 * The rule that categorises a normalised merchant (or description): an `equals` rule for the whole text beats
 * every `contains` rule; among `contains` rules found in it, the longest text wins (the most specific: "amazon
 * prime" over "amazon"), then the text and the id in order, so the same rules always give the same answer.
 * Built once per preview from the person's rules (at most MAX_RULES): one query, then plain string work per row.
 */
export function ruleMatcher(rules: readonly MatchableRule[]): (name: string) => MatchableRule | undefined {
  const equals = new Map(rules.filter((rule) => rule.kind === 'equals').map((rule) => [rule.text, rule]));
  const contains = rules
    .filter((rule) => rule.kind === 'contains')
    .sort((a, b) => b.text.length - a.text.length || compare(a.text, b.text) || compare(a.id, b.id));
  return (name) => equals.get(name) ?? contains.find((rule) => name.includes(rule.text));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
