// Generated from the API's OpenAPI document (GET /docs-json) by apps/api/test/http-contract.e2e-spec.ts.
// Do not edit: after changing a route, run `npm run openapi:types`.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up (no dependency checks) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database is reachable and the process is not shutting down */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's profile (created with default categories on first request) */
        get: operations["UsersController_getMe"];
        put?: never;
        post?: never;
        /**
         * Delete the account: every row of the caller in every table and their Cognito user
         * @description All or nothing: the rows are deleted in one transaction that commits only once Cognito has deleted the user (DeleteUser with the caller's access token). Afterwards the token is refused (401) and no longer refreshes. 503 when Cognito cannot be reached: nothing was deleted, try again. The web app asks for the password and a typed confirmation first.
         */
        delete: operations["UsersController_deleteMe"];
        options?: never;
        head?: never;
        /**
         * Change display name, currency (ISO 4217), time zone (IANA) or budget alerts (on/off)
         * @description The currency is the base currency: expenses keep the currency they were recorded in (the dashboard converts them at the rate of their date), budgets are converted into the new currency at the latest ECB rate. 409 (details naming `currency`) when a budget cannot be converted for want of a rate: nothing is changed.
         */
        patch: operations["UsersController_updateMe"];
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's categories, by name */
        get: operations["CategoriesController_list"];
        put?: never;
        /** Create a category (names are unique per user, ignoring case) */
        post: operations["CategoriesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a category: its expenses become uncategorised, its budget is removed */
        delete: operations["CategoriesController_remove"];
        options?: never;
        head?: never;
        /** Rename and/or recolour a category */
        patch: operations["CategoriesController_update"];
        trace?: never;
    };
    "/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List expenses, newest first, filtered, one page at a time (cursor pagination) */
        get: operations["ExpensesController_page"];
        put?: never;
        /** Record an expense in the user's currency */
        post: operations["ExpensesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expenses/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many expenses the list filters match, and their total in your base currency
         * @description Over every page. Each expense in another currency is converted at the rate of its date (per currency and day, rounded half-even once, as the dashboard does); those no rate converts are counted apart, never 1:1.
         */
        get: operations["ExpensesController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expenses/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the expenses matching the list filters as CSV (streamed)
         * @description Each row keeps its amount and currency as recorded, then gives the amount in your base currency (converted at the rate of its date, ECB’s or your own), the base currency, the rates used ("1 EUR = 1.1666 USD (2026-12-04)"), and — when no rate converts it — an empty converted amount and the reason. Never 1:1.
         */
        get: operations["ExpensesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expenses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One expense */
        get: operations["ExpensesController_get"];
        put?: never;
        post?: never;
        /** Delete an expense */
        delete: operations["ExpensesController_remove"];
        options?: never;
        head?: never;
        /** Change an expense (send only the fields to change; categoryId null uncategorises) */
        patch: operations["ExpensesController_update"];
        trace?: never;
    };
    "/expenses/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete, recategorise, tag or untag many expenses at once, undoably
         * @description All or nothing: if one id is not yours, nothing changes (404 naming ids). The answer carries the undo, which stays possible for 24 hours (POST /expenses/undo/{id}).
         */
        post: operations["ExpenseActionsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expenses/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your bulk actions that can still be undone, newest first */
        get: operations["ExpenseActionsController_listUndoable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expenses/undo/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a bulk action: put the expenses back as it found them
         * @description Expenses changed again since (or, for a delete, imported or recorded again since) are left as they are and counted as skipped, so nothing is lost or doubled. 409 once undone or when too old.
         */
        post: operations["ExpenseActionsController_undo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly budgets: the overall one (categoryId null) first, then per category
         * @description Each budget as it was in `month`: with the amount in effect that month (the one set from the latest month on or before it) and the month that amount applies from. Budgets whose first amount starts after `month` are left out.
         */
        get: operations["BudgetsController_list"];
        /** Set the monthly budget for a category, or the overall one with categoryId null */
        put: operations["BudgetsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a budget */
        delete: operations["BudgetsController_remove"];
        options?: never;
        head?: never;
        /** Change a budget's amount */
        patch: operations["BudgetsController_update"];
        trace?: never;
    };
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Month total and change, per-category totals with budgets, daily and 12-month totals, recent expenses
         * @description Every total is in the user's currency (the base currency). Expenses recorded in another currency are converted at the ECB reference rate of their date (a weekend or holiday uses the last rate at most 7 days old), each (currency, day, category) group rounded half to even. Expenses with no usable rate are in no total: `notInTotals` lists them per currency, with their dates, until a rate for those dates is imported. `upcoming` lists what active recurring series will still add from tomorrow through the end of the current month (computed from their schedules, never stored ahead), totalled per currency, never converted.
         */
        get: operations["DashboardController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The exchange rates you entered yourself
         * @description A rate is 1 EUR = `rate` units of `currency` on `date` (ECB’s form), used only for your own totals: where you have a rate for a currency and date, it wins over ECB’s; otherwise the nearest earlier rate (yours or ECB’s, at most 7 days old) converts. Expenses counted apart for want of a rate count as soon as one exists.
         */
        get: operations["PersonalRatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/exchange-rates/{currency}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enter your own rate for a currency on a date (e.g. one ECB does not publish)
         * @description A rate is 1 EUR = `rate` units of `currency` on `date` (ECB’s form), used only for your own totals: where you have a rate for a currency and date, it wins over ECB’s; otherwise the nearest earlier rate (yours or ECB’s, at most 7 days old) converts. Expenses counted apart for want of a rate count as soon as one exists. The rate is a decimal string within [0.0001, 10000000] with at most 10 decimals, stored exactly; `currency` is a current ISO 4217 code other than EUR, `date` YYYY-MM-DD from 1999-01-04 on. 409 (details naming `rate`) for a new rate beyond the 2000 a person may keep.
         */
        put: operations["PersonalRatesController_set"];
        post?: never;
        /** Remove your rate for a currency on a date (ECB’s, if any, applies again) */
        delete: operations["PersonalRatesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download everything the caller has stored as a zip (streamed)
         * @description profile.json/.csv (settings), categories.json/.csv, budgets.json/.csv and expenses.json/.csv: only the caller's rows. JSON uses the API's own shapes (amounts as integer minor units with their currency); CSV files are UTF-8 with BOM and CRLF, amounts as decimals next to the currency (budgets also in minor units); expenses.csv has the columns of GET /expenses/export.csv.
         */
        get: operations["AccountExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Series your history suggests: the same merchant and amount, monthly or weekly, up to lately
         * @description Accept one by creating the series (POST /recurring) from its fields; it then no longer shows. Expenses a series made are not read; habits an active series covers and dismissed ones are not listed.
         */
        get: operations["RecurringSuggestionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring/suggestions/{key}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Never suggest this one again (a new amount is a new suggestion) */
        post: operations["RecurringSuggestionsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recurring series, newest first, each with its next date (due ones are generated first) */
        get: operations["RecurringController_list"];
        put?: never;
        /** Create a series; its occurrences up to today become expenses at once, later ones on their date */
        post: operations["RecurringController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One series with the record of each of its dates (generated, skipped, deleted) */
        get: operations["RecurringController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change what a series spends: one occurrence, this and future (splits the series), or the whole series
         * @description scope occurrence edits the expense of the occurrence on `on`; future ends this series the day before `on` and answers with the new series that carries on from it; series changes every occurrence, past ones too.
         */
        patch: operations["RecurringController_update"];
        trace?: never;
    };
    "/recurring/{id}/occurrences/{date}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skip one occurrence that is not an expense yet; it will never be generated */
        post: operations["RecurringController_skip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause: nothing is generated until resumed */
        post: operations["RecurringController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume: dates that fell in the pause are not made up; today and later are generated */
        post: operations["RecurringController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recurring/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the series: `on` is the last date it may occur on */
        post: operations["RecurringController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a bank file and show its rows as they would be stored; nothing is stored
         * @description At most 8 MiB and 50,000 rows (413 beyond, saying which). Formats, detected from the content: CSV/TSV (any delimiter; UTF-8, UTF-16 with BOM, Windows-1252), OFX/QFX 1.x and 2.x, QIF, CAMT.053. A file that cannot be read as a whole (binary, truncated, XML with a DOCTYPE) is a 400 naming `file` and the reason; rows that cannot be read are listed per line. Lists 1,000 rows from `offset` (counts cover the whole file).
         */
        post: operations["ImportsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your imports, newest first */
        get: operations["ImportsController_list"];
        put?: never;
        /**
         * Import a bank file: store its new expenses, all or nothing
         * @description At most 8 MiB and 50,000 rows (413 beyond, saying which). Formats, detected from the content: CSV/TSV (any delimiter; UTF-8, UTF-16 with BOM, Windows-1252), OFX/QFX 1.x and 2.x, QIF, CAMT.053. A file that cannot be read as a whole (binary, truncated, XML with a DOCTYPE) is a 400 naming `file` and the reason; rows that cannot be read are listed per line. Send the same file and settings as the preview, with your decisions (include, exclude). Rows already imported (the bank’s id, or date, amount and description) are skipped, so importing a file twice stores nothing the second time. 400 naming the setting when the file is ambiguous (dateOrder).
         */
        post: operations["ImportsController_commit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Undo an import: delete it and every expense it stored (edited or not)
         * @description Leaves no trace, so the same file can be imported again.
         */
        delete: operations["ImportsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/import-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved CSV mappings, by name */
        get: operations["ImportPresetsController_list"];
        /**
         * Save how to read your bank’s CSV under a name; a name you already use (any case) is replaced
         * @description Columns by header name (files with a header row) or by position (0 is the first). The preview applies the preset whose column names the file’s header has, or the one given as `preset`.
         */
        put: operations["ImportPresetsController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/import-presets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a saved preset (imports made with it stay) */
        delete: operations["ImportPresetsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categorisation-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your categorisation rules (merchant → category), learned and written
         * @description The import preview suggests the category of your rule before the one your past expenses have: an `equals` rule for the whole merchant (or description) first, else the `contains` rule with the longest text.
         */
        get: operations["CategorisationRulesController_list"];
        put?: never;
        /**
         * Write a rule: merchants equal to (or containing) a text get a category in the import preview
         * @description The import preview suggests the category of your rule before the one your past expenses have: an `equals` rule for the whole merchant (or description) first, else the `contains` rule with the longest text. At most 500 rules (409 beyond); the same kind and text twice is a 409 naming the rule you have.
         */
        post: operations["CategorisationRulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categorisation-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a rule (a category you choose again in an import learns it again) */
        delete: operations["CategorisationRulesController_remove"];
        options?: never;
        head?: never;
        /** Change a rule; from then on it is yours (written), and importing never changes it */
        patch: operations["CategorisationRulesController_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        Readiness: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            checks: {
                /** @enum {string} */
                database: "up" | "down";
            };
        };
        ApiErrorBody: {
            statusCode: number;
            error: string;
            message: string;
            details?: components["schemas"]["FieldIssue"][];
            requestId: string;
        };
        FieldIssue: {
            field: string;
            message: string;
        };
        UserProfile: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string | null;
            currency: string;
            timeZone: string;
            preferencesSet: boolean;
            budgetAlerts: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        UpdateProfileInput: {
            displayName?: string | null;
            currency?: string;
            timeZone?: string;
            budgetAlerts?: boolean;
        };
        CategoryList: {
            items: components["schemas"]["Category"][];
        };
        Category: {
            /** Format: uuid */
            id: string;
            name: string;
            color: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreateCategoryInput: {
            name: string;
            color: string;
        };
        UpdateCategoryInput: {
            name?: string;
            color?: string;
        };
        ExpensePage: {
            items: components["schemas"]["ListedExpense"][];
            baseCurrency: string;
            nextCursor: string | null;
        };
        ListedExpense: {
            /** Format: uuid */
            id: string;
            amountMinor: number;
            currency: string;
            occurredOn: string;
            description: string;
            merchant: string | null;
            note: string | null;
            tags: string[];
            /** Format: uuid */
            categoryId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            baseAmountMinor: number | null;
        };
        NotInTotals: {
            currency: string;
            count: number;
            amountMinor: number;
            dates: string[];
        };
        CreateExpenseInput: {
            amountMinor: number;
            occurredOn: string;
            description: string;
            merchant?: string | null;
            note?: string | null;
            tags?: string[];
            /** Format: uuid */
            categoryId?: string | null;
        };
        Expense: {
            /** Format: uuid */
            id: string;
            amountMinor: number;
            currency: string;
            occurredOn: string;
            description: string;
            merchant: string | null;
            note: string | null;
            tags: string[];
            /** Format: uuid */
            categoryId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateExpenseInput: {
            amountMinor?: number;
            occurredOn?: string;
            description?: string;
            merchant?: string | null;
            note?: string | null;
            tags?: string[];
            /** Format: uuid */
            categoryId?: string | null;
        };
        BulkExpenseInput: {
            ids: string[];
            action: {
                /** @enum {string} */
                kind: "delete";
            } | {
                /** @enum {string} */
                kind: "setCategory";
                /** Format: uuid */
                categoryId: string | null;
            } | {
                /** @enum {string} */
                kind: "addTag";
                tag: string;
            } | {
                /** @enum {string} */
                kind: "removeTag";
                tag: string;
            };
        };
        BulkExpenseResult: {
            affected: number;
            undo: components["schemas"]["UndoableAction"];
        };
        UndoableAction: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "delete" | "setCategory" | "addTag" | "removeTag";
            count: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        UndoableActionList: {
            items: components["schemas"]["UndoableAction"][];
        };
        UndoResult: {
            restored: number;
            skipped: number;
        };
        BudgetList: {
            items: components["schemas"]["BudgetInMonth"][];
        };
        BudgetInMonth: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            categoryId: string | null;
            amountMinor: number;
            currency: string;
            fromMonth: string | null;
            rollover: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            carriedMinor: number;
            availableMinor: number;
        };
        SetBudgetInput: {
            /** Format: uuid */
            categoryId: string | null;
            amountMinor: number;
            fromMonth?: string;
            rollover?: boolean;
        };
        Budget: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            categoryId: string | null;
            amountMinor: number;
            currency: string;
            fromMonth: string | null;
            rollover: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateBudgetInput: {
            amountMinor: number;
            fromMonth?: string;
            rollover?: boolean;
        };
        Dashboard: {
            month: string;
            currency: string;
            timeZone: string;
            totalMinor: number;
            previousTotalMinor: number;
            change: {
                amountMinor: number;
                percent: number | null;
            };
            overallBudget: {
                budgetMinor: number | null;
                percentUsed: number | null;
                scheduledMinor: number;
            };
            byCategory: components["schemas"]["CategoryTotal"][];
            daily: {
                date: string;
                totalMinor: number;
            }[];
            monthly: {
                month: string;
                totalMinor: number;
            }[];
            recent: components["schemas"]["RecentExpense"][];
            notInTotals: components["schemas"]["NotInTotals"][];
            upcoming: {
                from: string;
                through: string;
                items: {
                    /** Format: uuid */
                    seriesId: string;
                    on: string;
                    description: string;
                    merchant: string | null;
                    /** Format: uuid */
                    categoryId: string | null;
                    amountMinor: number;
                    currency: string;
                }[];
                totals: {
                    currency: string;
                    amountMinor: number;
                    count: number;
                }[];
            };
        };
        CategoryTotal: {
            /** Format: uuid */
            categoryId: string | null;
            name: string;
            color: string;
            totalMinor: number;
            budgetMinor: number | null;
            percentUsed: number | null;
            scheduledMinor: number;
        };
        RecentExpense: {
            /** Format: uuid */
            id: string;
            amountMinor: number;
            currency: string;
            occurredOn: string;
            description: string;
            merchant: string | null;
            note: string | null;
            tags: string[];
            /** Format: uuid */
            categoryId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            baseAmountMinor: number | null;
        };
        PersonalRateList: {
            items: components["schemas"]["PersonalRate"][];
        };
        PersonalRate: {
            currency: string;
            date: string;
            rate: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SetPersonalRateInput: {
            rate: string;
        };
        RecurringSeriesList: {
            items: components["schemas"]["RecurringSeries"][];
        };
        RecurringSeries: {
            /** Format: uuid */
            id: string;
            amountMinor: number;
            currency: string;
            description: string;
            merchant: string | null;
            note: string | null;
            tags: string[];
            /** Format: uuid */
            categoryId: string | null;
            schedule: {
                /** @enum {string} */
                kind: "days" | "weeks" | "monthly" | "monthlyLastDay" | "monthlyWeekday" | "yearly";
                every: number;
                day?: number;
                weekday?: number;
                week?: number;
            };
            startOn: string;
            endOn: string | null;
            count: number | null;
            paused: boolean;
            nextOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateRecurringSeriesInput: {
            amountMinor: number;
            description: string;
            merchant?: string | null;
            note?: string | null;
            tags?: string[];
            /** Format: uuid */
            categoryId?: string | null;
            currency?: string;
            schedule: {
                /** @enum {string} */
                kind: "days";
                /** @default 1 */
                every: number;
            } | {
                /** @enum {string} */
                kind: "weeks";
                /** @default 1 */
                every: number;
            } | {
                /** @enum {string} */
                kind: "monthly";
                /** @default 1 */
                every: number;
                day: number;
            } | {
                /** @enum {string} */
                kind: "monthlyLastDay";
                /** @default 1 */
                every: number;
            } | {
                /** @enum {string} */
                kind: "monthlyWeekday";
                /** @default 1 */
                every: number;
                weekday: number;
                week: 1 | 2 | 3 | 4 | -1;
            } | {
                /** @enum {string} */
                kind: "yearly";
                /** @default 1 */
                every: number;
            };
            startOn: string;
            endOn?: string | null;
            count?: number | null;
        };
        RecurringSeriesDetail: {
            /** Format: uuid */
            id: string;
            amountMinor: number;
            currency: string;
            description: string;
            merchant: string | null;
            note: string | null;
            tags: string[];
            /** Format: uuid */
            categoryId: string | null;
            schedule: {
                /** @enum {string} */
                kind: "days" | "weeks" | "monthly" | "monthlyLastDay" | "monthlyWeekday" | "yearly";
                every: number;
                day?: number;
                weekday?: number;
                week?: number;
            };
            startOn: string;
            endOn: string | null;
            count: number | null;
            paused: boolean;
            nextOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            occurrences: {
                on: string;
                /** @enum {string} */
                status: "generated" | "skipped" | "deleted";
                /** Format: uuid */
                expenseId: string | null;
            }[];
        };
        UpdateRecurringSeriesInput: {
            /** @enum {string} */
            scope: "occurrence" | "future" | "series";
            on?: string;
            amountMinor?: number;
            description?: string;
            merchant?: string | null;
            note?: string | null;
            tags?: string[];
            /** Format: uuid */
            categoryId?: string | null;
            schedule?: {
                /** @enum {string} */
                kind: "days";
                /** @default 1 */
                every: number;
            } | {
                /** @enum {string} */
                kind: "weeks";
                /** @default 1 */
                every: number;
            } | {
                /** @enum {string} */
                kind: "monthly";
                /** @default 1 */
                every: number;
                day: number;
            } | {
                /** @enum {string} */
                kind: "monthlyLastDay";
                /** @default 1 */
                every: number;
            } | {
                /** @enum {string} */
                kind: "monthlyWeekday";
                /** @default 1 */
                every: number;
                weekday: number;
                week: 1 | 2 | 3 | 4 | -1;
            } | {
                /** @enum {string} */
                kind: "yearly";
                /** @default 1 */
                every: number;
            };
        };
        EndRecurringSeriesInput: {
            on: string;
        };
        ImportPreview: {
            /** @enum {string} */
            format: "csv" | "ofx" | "qif" | "camt053";
            encoding: string;
            mapping: {
                preset: string | null;
                delimiter: string;
                hasHeader: boolean;
                /** @enum {string|null} */
                dateOrder: "DMY" | "MDY" | "YMD" | null;
                /** @enum {string} */
                decimalMark: "." | ",";
                /** @enum {string} */
                signConvention: "negativeIsDebit" | "positiveIsDebit";
                columns: {
                    [key: string]: number | null;
                };
                columnLabels: string[];
                savedPreset: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
            } | null;
            ambiguities: {
                field: string;
                reason: string;
                options: string[];
            }[];
            rows: components["schemas"]["ImportPreviewRow"][];
            page: {
                offset: number;
                total: number;
            };
            errors: {
                line: number;
                field: string;
                reason: string;
            }[];
            counts: {
                read: number;
                new: number;
                credits: number;
                duplicates: number;
                nearMatches: number;
                errors: number;
            };
        };
        ImportPreviewRow: {
            line: number;
            date: string;
            amountMinor: number;
            currency: string;
            description: string;
            merchant: string | null;
            bankId: string | null;
            /** @enum {string} */
            status: "new" | "credit" | "duplicate" | "nearMatch";
            include: boolean;
            match: {
                /** Format: uuid */
                expenseId: string;
                occurredOn: string;
                description: string;
            } | null;
            /** Format: uuid */
            suggestedCategoryId: string | null;
            /** @enum {string|null} */
            suggestedBy: "rule" | "history" | null;
            /** Format: uuid */
            suggestedRuleId: string | null;
        };
        ImportCommitResult: {
            import: components["schemas"]["ImportSummary"];
            stored: number;
            skipped: number;
        };
        ImportSummary: {
            /** Format: uuid */
            id: string;
            filename: string;
            /** @enum {string} */
            format: "csv" | "ofx" | "qif" | "camt053";
            rowsRead: number;
            rowsStored: number;
            rowsSkipped: number;
            rowsPresent: number;
            rowsEdited: number;
            /** Format: date-time */
            createdAt: string;
        };
        ImportList: {
            items: components["schemas"]["ImportSummary"][];
        };
        ImportPresetList: {
            items: components["schemas"]["ImportPreset"][];
        };
        ImportPreset: {
            /** Format: uuid */
            id: string;
            name: string;
            mapping: {
                /** @enum {string} */
                delimiter: "," | ";" | "tab" | "|";
                hasHeader: boolean;
                /** @enum {string|null} */
                dateOrder: "DMY" | "MDY" | "YMD" | null;
                /** @enum {string|null} */
                decimalMark: "." | "," | null;
                /** @enum {string} */
                signConvention: "negativeIsDebit" | "positiveIsDebit";
                columns: {
                    /** @default null */
                    date: (string | number) | null;
                    /** @default null */
                    amount: (string | number) | null;
                    /** @default null */
                    debit: (string | number) | null;
                    /** @default null */
                    credit: (string | number) | null;
                    /** @default null */
                    description: (string | number) | null;
                    /** @default null */
                    merchant: (string | number) | null;
                    /** @default null */
                    currency: (string | number) | null;
                    /** @default null */
                    bankId: (string | number) | null;
                };
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SaveImportPresetInput: {
            name: string;
            mapping: {
                /** @enum {string} */
                delimiter: "," | ";" | "tab" | "|";
                hasHeader: boolean;
                /** @enum {string|null} */
                dateOrder: "DMY" | "MDY" | "YMD" | null;
                /** @enum {string|null} */
                decimalMark: "." | "," | null;
                /** @enum {string} */
                signConvention: "negativeIsDebit" | "positiveIsDebit";
                columns: {
                    /** @default null */
                    date: (string | number) | null;
                    /** @default null */
                    amount: (string | number) | null;
                    /** @default null */
                    debit: (string | number) | null;
                    /** @default null */
                    credit: (string | number) | null;
                    /** @default null */
                    description: (string | number) | null;
                    /** @default null */
                    merchant: (string | number) | null;
                    /** @default null */
                    currency: (string | number) | null;
                    /** @default null */
                    bankId: (string | number) | null;
                };
            };
        };
        CategorisationRuleList: {
            items: components["schemas"]["CategorisationRule"][];
        };
        CategorisationRule: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "equals" | "contains";
            text: string;
            /** Format: uuid */
            categoryId: string;
            /** @enum {string} */
            source: "learned" | "written";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateCategorisationRuleInput: {
            /** @enum {string} */
            kind: "equals" | "contains";
            text: string;
            /** Format: uuid */
            categoryId: string;
        };
        UpdateCategorisationRuleInput: {
            /** @enum {string} */
            kind?: "equals" | "contains";
            text?: string;
            /** Format: uuid */
            categoryId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    UsersController_getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserProfile"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    UsersController_deleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; sign out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    UsersController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileInput"];
            };
        };
        responses: {
            /** @description The updated profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserProfile"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    CategoriesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All categories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryList"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    CategoriesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    CategoriesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    CategoriesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpensesController_page: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categoryId?: string | "none";
                q?: string;
                minAmount?: string;
                maxAmount?: string;
                tag?: string;
                sort?: "date" | "amount" | "merchant" | "category";
                direction?: "asc" | "desc";
                cursor?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page; pass nextCursor as cursor for the next one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpensePage"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpensesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the expense already created (200) instead of a duplicate; 409 when the key was used with another body or its expense was deleted */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExpenseInput"];
            };
        };
        responses: {
            /** @description Already created by an earlier request with the same Idempotency-Key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expense"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expense"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpensesController_summary: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categoryId?: string | "none";
                q?: string;
                minAmount?: string;
                maxAmount?: string;
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Count and total of the filtered list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        baseCurrency: string;
                        totalMinor: number;
                        notInTotals: components["schemas"]["NotInTotals"][];
                    };
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpensesController_export: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categoryId?: string | "none";
                q?: string;
                minAmount?: string;
                maxAmount?: string;
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8 with BOM, CRLF), one row per expense, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpensesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The expense */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expense"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpensesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpensesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExpenseInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expense"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpenseActionsController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkExpenseInput"];
            };
        };
        responses: {
            /** @description Done; how many changed, and how to undo it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkExpenseResult"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpenseActionsController_listUndoable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 10 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndoableActionList"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ExpenseActionsController_undo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Undone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndoResult"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    BudgetsController_list: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The budgets in effect in the month */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetList"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    BudgetsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetBudgetInput"];
            };
        };
        responses: {
            /** @description Replaced the existing budget for that category */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    BudgetsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    BudgetsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBudgetInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    DashboardController_get: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard for the month */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    PersonalRatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your rates, by currency, newest date first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalRateList"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    PersonalRatesController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                currency: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPersonalRateInput"];
            };
        };
        responses: {
            /** @description Replaced your rate for that currency and date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalRate"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalRate"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    PersonalRatesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                currency: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    AccountExportController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A zip archive, sent as an attachment named spendwise-export-YYYY-MM-DD.zip */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringSuggestionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Most established first, at most 20 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            description: string;
                            merchant: string | null;
                            amountMinor: number;
                            currency: string;
                            /** Format: uuid */
                            categoryId: string | null;
                            schedule: {
                                /** @enum {string} */
                                kind: "days" | "weeks" | "monthly" | "monthlyLastDay" | "monthlyWeekday" | "yearly";
                                every: number;
                                day?: number;
                                weekday?: number;
                                week?: number;
                            };
                            startOn: string;
                            seen: number;
                            firstOn: string;
                            lastOn: string;
                        }[];
                    };
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringSuggestionsController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dismissed (again is fine) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All series */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringSeriesList"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecurringSeriesInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringSeriesDetail"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringSeriesDetail"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecurringSeriesInput"];
            };
        };
        responses: {
            /** @description The series carrying the change (a new one for scope future) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringSeriesDetail"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringController_skip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Skipped (again is fine) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringSeriesDetail"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringSeriesDetail"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resumed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringSeriesDetail"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    RecurringController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndRecurringSeriesInput"];
            };
        };
        responses: {
            /** @description Ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringSeriesDetail"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ImportsController_preview: {
        parameters: {
            query: {
                filename: string;
                currency?: string;
                dateOrder?: "DMY" | "MDY" | "YMD";
                delimiter?: "," | ";" | "tab" | "|";
                decimalMark?: "." | ",";
                hasHeader?: "true" | "false";
                signConvention?: "negativeIsDebit" | "positiveIsDebit";
                preset?: string;
                dateColumn?: string;
                amountColumn?: string;
                debitColumn?: string;
                creditColumn?: string;
                descriptionColumn?: string;
                merchantColumn?: string;
                currencyColumn?: string;
                bankIdColumn?: string;
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The bank file, as its bytes */
        requestBody: {
            content: {
                "application/octet-stream": unknown;
            };
        };
        responses: {
            /** @description A page of rows, each with its status and whether committing would store it; counts of all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreview"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ImportsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your imports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportList"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ImportsController_commit: {
        parameters: {
            query: {
                filename: string;
                currency?: string;
                dateOrder?: "DMY" | "MDY" | "YMD";
                delimiter?: "," | ";" | "tab" | "|";
                decimalMark?: "." | ",";
                hasHeader?: "true" | "false";
                signConvention?: "negativeIsDebit" | "positiveIsDebit";
                preset?: string;
                dateColumn?: string;
                amountColumn?: string;
                debitColumn?: string;
                creditColumn?: string;
                descriptionColumn?: string;
                merchantColumn?: string;
                currencyColumn?: string;
                bankIdColumn?: string;
                include?: string;
                exclude?: string;
                categories?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The bank file, as its bytes */
        requestBody: {
            content: {
                "application/octet-stream": unknown;
            };
        };
        responses: {
            /** @description Imported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCommitResult"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ImportsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Undone */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ImportPresetsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your presets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPresetList"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ImportPresetsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveImportPresetInput"];
            };
        };
        responses: {
            /** @description Replaced the preset of that name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreset"];
                };
            };
            /** @description Saved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreset"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    ImportPresetsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    CategorisationRulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your rules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorisationRuleList"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    CategorisationRulesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategorisationRuleInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorisationRule"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    CategorisationRulesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
    CategorisationRulesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategorisationRuleInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorisationRule"];
                };
            };
            /** @description Validation failed (`details` names each field) or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Missing, invalid or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description No such resource for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
            /** @description A dependency (database, Cognito) is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorBody"];
                };
            };
        };
    };
}
