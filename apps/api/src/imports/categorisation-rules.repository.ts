import { Injectable } from '@nestjs/common';
import { type CategorisationRule, type RuleKind } from '@spendwise/contracts';
import { type PoolClient } from '@spendwise/db';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import {
  countRulesSql,
  deleteRuleSql,
  insertWrittenRuleSql,
  knownLearnedTextsSql,
  learnRulesSql,
  listRulesSql,
  matchableRulesSql,
  ruleIdByTextSql,
  ruleTextSql,
  updateRuleSql,
} from './categorisation-rules.sql';
import { run } from './import-staging.repository';
import { type MatchableRule } from './rule-matching';

export interface RuleRow {
  id: string;
  kind: RuleKind;
  text: string;
  categoryId: string;
  source: CategorisationRule['source'];
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The categorisation_rules table (statements in categorisation-rules.sql.ts), every statement scoped to its owner;
 * learning runs on the import's own connection, inside its transaction.
 */
@Injectable()
export class CategorisationRulesRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(userId: string): Promise<RuleRow[]> {
    return this.prisma.client.$queryRaw<RuleRow[]>(listRulesSql(userId));
  }

  async create(userId: string, rule: { categoryId: string; kind: RuleKind; text: string }): Promise<RuleRow> {
    const [row] = await this.prisma.client.$queryRaw<RuleRow[]>(insertWrittenRuleSql(uuidV7(), userId, rule));
    return row!;
  }

  async textOf(userId: string, id: string): Promise<{ kind: RuleKind; text: string } | undefined> {
    const [row] = await this.prisma.client.$queryRaw<Array<{ kind: RuleKind; text: string }>>(
      ruleTextSql(userId, id),
    );
    return row;
  }

  async update(
    userId: string,
    id: string,
    rule: { kind: RuleKind; text: string; categoryId: string | null },
  ): Promise<RuleRow | undefined> {
    const [row] = await this.prisma.client.$queryRaw<RuleRow[]>(updateRuleSql(userId, id, rule));
    return row;
  }

  /** How many rules went: 0 or 1. */
  remove(userId: string, id: string): Promise<number> {
    return this.prisma.client.$executeRaw(deleteRuleSql(userId, id));
  }

  matchable(userId: string): Promise<MatchableRule[]> {
    return this.prisma.client.$queryRaw<MatchableRule[]>(matchableRulesSql(userId));
  }

  async idByText(userId: string, kind: RuleKind, text: string): Promise<string | undefined> {
    const [row] = await this.prisma.client.$queryRaw<Array<{ id: string }>>(
      ruleIdByTextSql(userId, kind, text),
    );
    return row?.id;
  }

  /** The person's rules, counted on the import's connection when given one. */
  async count(userId: string, client?: PoolClient): Promise<number> {
    const [row] = client
      ? (await run<{ count: number }>(client, countRulesSql(userId))).rows
      : await this.prisma.client.$queryRaw<Array<{ count: number }>>(countRulesSql(userId));
    return row?.count ?? 0;
  }

  async ownsCategory(userId: string, categoryId: string): Promise<boolean> {
    return (await this.prisma.client.category.count({ where: { id: categoryId, userId } })) > 0;
  }

  /** Of `texts`, those the person has a learned-or-written `equals` rule for (inside the import). */
  async knownEqualsTexts(client: PoolClient, userId: string, texts: string[]): Promise<Set<string>> {
    const { rows } = await run<{ text: string }>(client, knownLearnedTextsSql(userId, texts));
    return new Set(rows.map((row) => row.text));
  }

  async learn(client: PoolClient, userId: string, learned: Array<{ text: string; categoryId: string }>) {
    await run(
      client,
      learnRulesSql(
        userId,
        learned.map((rule) => ({ id: uuidV7(), ...rule })),
      ),
    );
  }
}
