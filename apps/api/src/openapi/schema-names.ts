import * as contracts from '@spendwise/contracts';
import { z } from 'zod';

/**
 * Contract schemas that appear as named components in the OpenAPI document (`#/components/schemas/Expense`)
 * rather than inline at every use. Request bodies and responses only: query schemas are expanded into
 * parameters. Each name is used for one direction (input or output), so the two shapes never collide.
 */
export const NAMED_SCHEMAS = z.registry<{ id: string }>();

const named: Record<string, z.ZodType> = {
  ApiErrorBody: contracts.ApiErrorBody,
  FieldIssue: contracts.FieldIssue,
  Liveness: contracts.Liveness,
  Readiness: contracts.Readiness,
  UserProfile: contracts.UserProfile,
  UpdateProfileInput: contracts.UpdateProfileInput,
  Category: contracts.Category,
  CategoryList: contracts.CategoryList,
  CreateCategoryInput: contracts.CreateCategoryInput,
  UpdateCategoryInput: contracts.UpdateCategoryInput,
  Expense: contracts.Expense,
  ExpensePage: contracts.ExpensePage,
  ListedExpense: contracts.ListedExpense,
  CreateExpenseInput: contracts.CreateExpenseInput,
  UpdateExpenseInput: contracts.UpdateExpenseInput,
  BulkExpenseInput: contracts.BulkExpenseInput,
  BulkExpenseResult: contracts.BulkExpenseResult,
  UndoableAction: contracts.UndoableAction,
  UndoableActionList: contracts.UndoableActionList,
  UndoResult: contracts.UndoResult,
  Budget: contracts.Budget,
  BudgetInMonth: contracts.BudgetInMonth,
  BudgetList: contracts.BudgetList,
  SetBudgetInput: contracts.SetBudgetInput,
  UpdateBudgetInput: contracts.UpdateBudgetInput,
  Dashboard: contracts.Dashboard,
  CategoryTotal: contracts.CategoryTotal,
  RecentExpense: contracts.RecentExpense,
  NotInTotals: contracts.NotInTotals,
  PersonalRate: contracts.PersonalRate,
  PersonalRateList: contracts.PersonalRateList,
  SetPersonalRateInput: contracts.SetPersonalRateInput,
  RecurringSeries: contracts.RecurringSeries,
  RecurringSeriesList: contracts.RecurringSeriesList,
  RecurringSeriesDetail: contracts.RecurringSeriesDetail,
  CreateRecurringSeriesInput: contracts.CreateRecurringSeriesInput,
  UpdateRecurringSeriesInput: contracts.UpdateRecurringSeriesInput,
  EndRecurringSeriesInput: contracts.EndRecurringSeriesInput,
  ImportPreview: contracts.ImportPreview,
  ImportPreviewRow: contracts.ImportPreviewRow,
  ImportSummary: contracts.ImportSummary,
  ImportList: contracts.ImportList,
  ImportCommitResult: contracts.ImportCommitResult,
  ImportPreset: contracts.ImportPreset,
  ImportPresetList: contracts.ImportPresetList,
  SaveImportPresetInput: contracts.SaveImportPresetInput,
  CategorisationRule: contracts.CategorisationRule,
  CategorisationRuleList: contracts.CategorisationRuleList,
  CreateCategorisationRuleInput: contracts.CreateCategorisationRuleInput,
  UpdateCategorisationRuleInput: contracts.UpdateCategorisationRuleInput,
};
for (const [id, schema] of Object.entries(named)) NAMED_SCHEMAS.add(schema, { id });
