import {
  ErrorCode,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LINES,
  MAX_IMPORT_ROWS,
  MAX_RULES,
} from '@spendwise/contracts';
import { ConflictError, DomainError, NotFoundError, ValidationFailedError } from '../errors/domain-error';

const MIB = MAX_IMPORT_BYTES / 1024 / 1024;

const TOO_LARGE = {
  bytes: { limit: `${MIB} MiB`, exceeded: `is larger than ${MIB} MiB` },
  rows: {
    limit: `${MAX_IMPORT_ROWS.toLocaleString('en')} rows`,
    exceeded: `has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows`,
  },
  // Counted before parsing, so a file of blank or broken lines costs the parser nothing.
  lines: {
    limit: `${MAX_IMPORT_LINES.toLocaleString('en')} lines`,
    exceeded: `has more than ${MAX_IMPORT_LINES.toLocaleString('en')} lines`,
  },
} as const;

export class ImportTooLargeError extends DomainError {
  constructor(what: keyof typeof TOO_LARGE) {
    super(
      ErrorCode.PayloadTooLarge,
      `The file ${TOO_LARGE[what].exceeded}, the most one import takes: split it into shorter periods`,
      [{ field: 'file', message: `must be at most ${TOO_LARGE[what].limit}` }],
    );
  }
}

/** The file as a whole cannot be read: binary, truncated, hostile XML, no date or amount column. */
export class UnreadableFileError extends ValidationFailedError {
  constructor(reason: string) {
    super([{ field: 'file', message: reason }], `The file cannot be imported: ${reason}`);
  }
}

export class AmbiguousFileError extends ValidationFailedError {
  constructor(field: string, reason: string) {
    super([{ field, message: reason }], `The file cannot be imported until you choose: ${reason}`);
  }
}

export class ImportNotFoundError extends NotFoundError {
  constructor() {
    super('Import');
  }
}

export class ImportPresetNotFoundError extends NotFoundError {
  constructor() {
    super('Import preset');
  }
}

/** `preset` names no preset of this person's (someone else's looks the same: absent). */
export class UnknownPresetError extends ValidationFailedError {
  constructor() {
    super([{ field: 'preset', message: 'is not one of your saved presets' }]);
  }
}

/** A CSV setting that cannot apply to this file: a column it does not have, one column for two fields. */
export class ImportSettingError extends ValidationFailedError {
  constructor(field: string, reason: string) {
    super([{ field, message: reason }], `The file cannot be read this way: ${reason}`);
  }
}

export class CategorisationRuleNotFoundError extends NotFoundError {
  constructor() {
    super('Categorisation rule');
  }
}

/** The same kind and (normalised) text as a rule the person has: the answer names that rule. */
export class DuplicateRuleError extends ConflictError {
  constructor(existingId: string) {
    super(`You already have this rule (${existingId})`, [
      { field: 'text', message: `is already the text of your rule ${existingId} of this kind` },
    ]);
  }
}

export class TooManyRulesError extends ConflictError {
  constructor() {
    super(`You have ${MAX_RULES} categorisation rules, the most one person may have: remove some first`, [
      { field: 'text', message: `would be rule ${MAX_RULES + 1}; at most ${MAX_RULES} rules` },
    ]);
  }
}

/** A rule text that normalising leaves empty or longer than the limit (NFKC can expand a character). */
export class RuleTextError extends ValidationFailedError {
  constructor(reason: string) {
    super([{ field: 'text', message: reason }]);
  }
}

/** A `categories` choice naming a category that is not the person's. */
export class UnknownChosenCategoryError extends ValidationFailedError {
  constructor() {
    super([{ field: 'categories', message: 'names a category that is not one of yours' }]);
  }
}
