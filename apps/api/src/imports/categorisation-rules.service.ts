import { Injectable } from '@nestjs/common';
import {
  type CategorisationRule,
  type CategorisationRuleList,
  type CreateCategorisationRuleInput,
  MAX_RULE_TEXT,
  MAX_RULES,
  type RuleKind,
  type UpdateCategorisationRuleInput,
} from '@spendwise/contracts';
import { type PoolClient, Prisma } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { UnknownCategoryError } from '../categories/category.errors';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import { normaliseDescription } from './import-key';
import { run } from './import-staging';
import {
  CategorisationRuleNotFoundError,
  DuplicateRuleError,
  RuleTextError,
  TooManyRulesError,
} from './import.errors';
import { type MatchableRule, ruleMatcher } from './rule-matching';

interface RuleRow {
  id: string;
  kind: RuleKind;
  text: string;
  categoryId: string;
  source: CategorisationRule['source'];
  createdAt: Date;
  updatedAt: Date;
}

const RETURNED = Prisma.raw(
  'id, kind, match_text AS text, category_id AS "categoryId", source, created_at AS "createdAt", ' +
    'updated_at AS "updatedAt"',
);

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
  constructor(private readonly prisma: PrismaService) {}

  async list(user: AuthenticatedUser): Promise<CategorisationRuleList> {
    const rows = await this.prisma.client.$queryRaw<RuleRow[]>`
      SELECT ${RETURNED} FROM categorisation_rules WHERE user_id = ${user.id}::uuid ORDER BY match_text, kind, id`;
    return { items: rows.map(toRule) };
  }

  async create(user: AuthenticatedUser, input: CreateCategorisationRuleInput): Promise<CategorisationRule> {
    const text = normaliseRuleText(input.text);
    await this.assertOwnCategory(user, input.categoryId);
    const existing = await this.findByText(user, input.kind, text);
    if (existing) throw new DuplicateRuleError(existing);
    if ((await this.count(user)) >= MAX_RULES) throw new TooManyRulesError();
    // A concurrent twin violates the unique index, which the error mapping answers with a 409.
    const [row] = await this.prisma.client.$queryRaw<RuleRow[]>`
      INSERT INTO categorisation_rules (id, user_id, category_id, kind, match_text, source, updated_at)
      VALUES (${uuidV7()}::uuid, ${user.id}::uuid, ${input.categoryId}::uuid, ${input.kind}, ${text}, 'written', now())
      RETURNING ${RETURNED}`;
    return toRule(row!);
  }

  /** Any change by hand makes the rule `written`: learning leaves it alone from then on. */
  async update(
    user: AuthenticatedUser,
    id: string,
    input: UpdateCategorisationRuleInput,
  ): Promise<CategorisationRule> {
    const [current] = await this.prisma.client.$queryRaw<Array<{ kind: RuleKind; text: string }>>`
      SELECT kind, match_text AS text FROM categorisation_rules WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid`;
    if (!current) throw new CategorisationRuleNotFoundError();
    const kind = input.kind ?? current.kind;
    const text = input.text === undefined ? current.text : normaliseRuleText(input.text);
    if (input.categoryId !== undefined) await this.assertOwnCategory(user, input.categoryId);
    const existing = await this.findByText(user, kind, text);
    if (existing && existing !== id) throw new DuplicateRuleError(existing);
    const [row] = await this.prisma.client.$queryRaw<RuleRow[]>`
      UPDATE categorisation_rules
      SET kind = ${kind}, match_text = ${text}, category_id = coalesce(${input.categoryId ?? null}::uuid, category_id),
        source = 'written', updated_at = now()
      WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid
      RETURNING ${RETURNED}`;
    if (!row) throw new CategorisationRuleNotFoundError();
    return toRule(row);
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const removed = await this.prisma.client.$executeRaw`
      DELETE FROM categorisation_rules WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid`;
    if (removed === 0) throw new CategorisationRuleNotFoundError();
  }

  /** The person's rules, loaded once per preview (at most MAX_RULES rows), as a matcher for every row's name. */
  async matcher(user: AuthenticatedUser): Promise<(name: string) => MatchableRule | undefined> {
    const rules = await this.prisma.client.$queryRaw<MatchableRule[]>`
      SELECT id, kind, match_text AS text, category_id AS "categoryId"
      FROM categorisation_rules WHERE user_id = ${user.id}::uuid`;
    return ruleMatcher(rules);
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
    const { rows: known } = await run<{ text: string }>(
      client,
      Prisma.sql`
        SELECT match_text AS text FROM categorisation_rules
        WHERE user_id = ${user.id}::uuid AND kind = 'equals' AND match_text = ANY(${texts}::text[])`,
    );
    const {
      rows: [{ count } = { count: 0 }],
    } = await run<{ count: number }>(
      client,
      Prisma.sql`SELECT count(*)::int AS count FROM categorisation_rules WHERE user_id = ${user.id}::uuid`,
    );
    const knownTexts = new Set(known.map((row) => row.text));
    const fresh = texts.filter((text) => !knownTexts.has(text)).slice(0, Math.max(0, MAX_RULES - count));
    const learned = [...knownTexts, ...fresh];
    if (learned.length === 0) return;
    await run(
      client,
      Prisma.sql`
      INSERT INTO categorisation_rules (id, user_id, category_id, kind, match_text, source, updated_at)
      SELECT l.id, ${user.id}::uuid, l.category_id, 'equals', l.text, 'learned', now()
      FROM unnest(${learned.map(() => uuidV7())}::uuid[], ${learned}::text[],
                  ${learned.map((text) => byText.get(text)!)}::uuid[]) AS l(id, text, category_id)
      -- A category deleted since the check teaches nothing rather than failing the import.
      JOIN categories c ON c.id = l.category_id AND c.user_id = ${user.id}::uuid
      ON CONFLICT (user_id, kind, match_text) DO UPDATE
        SET category_id = EXCLUDED.category_id, updated_at = now()
        WHERE categorisation_rules.source = 'learned' AND categorisation_rules.category_id <> EXCLUDED.category_id`,
    );
  }

  private async findByText(
    user: AuthenticatedUser,
    kind: RuleKind,
    text: string,
  ): Promise<string | undefined> {
    const [row] = await this.prisma.client.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM categorisation_rules
      WHERE user_id = ${user.id}::uuid AND kind = ${kind} AND match_text = ${text}`;
    return row?.id;
  }

  private async count(user: AuthenticatedUser): Promise<number> {
    const [row] = await this.prisma.client.$queryRaw<Array<{ count: number }>>`
      SELECT count(*)::int AS count FROM categorisation_rules WHERE user_id = ${user.id}::uuid`;
    return row?.count ?? 0;
  }

  private async assertOwnCategory(user: AuthenticatedUser, categoryId: string): Promise<void> {
    const owned = await this.prisma.client.category.count({ where: { id: categoryId, userId: user.id } });
    if (!owned) throw new UnknownCategoryError();
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
