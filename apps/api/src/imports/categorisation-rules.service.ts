import { Injectable } from '@nestjs/common';
import {
  type CategorisationRule,
  type CategorisationRuleList,
  type CreateCategorisationRuleInput,
  MAX_RULE_TEXT,
  MAX_RULES,
  type UpdateCategorisationRuleInput,
} from '@spendwise/contracts';
import { type PoolClient } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { UnknownCategoryError } from '../categories';
import { CategorisationRulesRepository, type RuleRow } from './categorisation-rules.repository';
import { normaliseDescription } from './import-key';
import {
  CategorisationRuleNotFoundError,
  DuplicateRuleError,
  RuleTextError,
  TooManyRulesError,
} from './import.errors';
import { type MatchableRule, ruleMatcher } from './rule-matching';

/** A category the person chose in an import preview for a merchant (or description), normalised. */
export interface LearnedChoice {
  text: string;
  categoryId: string;
}

/**
 * Merchant (or description) → category rules, per person. The import preview applies them before the history of
 * the person's expenses (`ruleMatcher` decides which wins); a commit learns an `equals` rule from each category the
 * person chose there. A rule written or edited by hand is `written`, and learning never changes it.
 */
@Injectable()
export class CategorisationRulesService {
  constructor(private readonly repository: CategorisationRulesRepository) {}

  async list(user: AuthenticatedUser): Promise<CategorisationRuleList> {
    const rows = await this.repository.list(user.id);
    return { items: rows.map(toRule) };
  }

  async create(user: AuthenticatedUser, input: CreateCategorisationRuleInput): Promise<CategorisationRule> {
    const text = normaliseRuleText(input.text);
    await this.assertOwnCategory(user, input.categoryId);
    const existing = await this.repository.idByText(user.id, input.kind, text);
    if (existing) throw new DuplicateRuleError(existing);
    if ((await this.repository.count(user.id)) >= MAX_RULES) throw new TooManyRulesError();
    // A concurrent twin violates the unique index, which the error mapping answers with a 409.
    return toRule(
      await this.repository.create(user.id, { categoryId: input.categoryId, kind: input.kind, text }),
    );
  }

  /** Any change by hand makes the rule `written`: learning leaves it alone from then on. */
  async update(
    user: AuthenticatedUser,
    id: string,
    input: UpdateCategorisationRuleInput,
  ): Promise<CategorisationRule> {
    const current = await this.repository.textOf(user.id, id);
    if (!current) throw new CategorisationRuleNotFoundError();
    const kind = input.kind ?? current.kind;
    const text = input.text === undefined ? current.text : normaliseRuleText(input.text);
    if (input.categoryId !== undefined) await this.assertOwnCategory(user, input.categoryId);
    const existing = await this.repository.idByText(user.id, kind, text);
    if (existing && existing !== id) throw new DuplicateRuleError(existing);
    const row = await this.repository.update(user.id, id, {
      kind,
      text,
      categoryId: input.categoryId ?? null,
    });
    if (!row) throw new CategorisationRuleNotFoundError();
    return toRule(row);
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const removed = await this.repository.remove(user.id, id);
    if (removed === 0) throw new CategorisationRuleNotFoundError();
  }

  /** The person's rules, loaded once per preview (at most MAX_RULES rows), as a matcher for every row's name. */
  async matcher(user: AuthenticatedUser): Promise<(name: string) => MatchableRule | undefined> {
    return ruleMatcher(await this.repository.matchable(user.id));
  }

  /**
   * Inside an import's transaction: an `equals` rule for each choice, created or, when learned before, changed to
   * the newer choice; a `written` rule of the same text is left as the person wrote it. New rules stop at MAX_RULES
   * (learning never fails an import). Choices must name the person's categories (the caller checked; one deleted meanwhile is skipped).
   */
  async learn(client: PoolClient, user: AuthenticatedUser, choices: LearnedChoice[]): Promise<void> {
    // One choice per text, the last in the file (the statement cannot touch one row twice).
    const byText = new Map(
      choices.filter((choice) => choice.text.length <= MAX_RULE_TEXT).map((c) => [c.text, c.categoryId]),
    );
    if (byText.size === 0) return;
    const texts = [...byText.keys()];
    const knownTexts = await this.repository.knownEqualsTexts(client, user.id, texts);
    const count = await this.repository.count(user.id, client);
    const fresh = texts.filter((text) => !knownTexts.has(text)).slice(0, Math.max(0, MAX_RULES - count));
    const learned = [...knownTexts, ...fresh];
    if (learned.length === 0) return;
    await this.repository.learn(
      client,
      user.id,
      learned.map((text) => ({ text, categoryId: byText.get(text)! })),
    );
  }

  private async assertOwnCategory(user: AuthenticatedUser, categoryId: string): Promise<void> {
    if (!(await this.repository.ownsCategory(user.id, categoryId))) throw new UnknownCategoryError();
  }
}

/** The text as the preview compares it: the import's one normaliser, so a rule matches what a row's name becomes. */
function normaliseRuleText(text: string): string {
  const normalised = normaliseDescription(text);
  if (normalised.length === 0) throw new RuleTextError('is required');
  if (normalised.length > MAX_RULE_TEXT)
    throw new RuleTextError(`must be at most ${MAX_RULE_TEXT} characters once normalised`);
  return normalised;
}

function toRule(row: RuleRow): CategorisationRule {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    categoryId: row.categoryId,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
