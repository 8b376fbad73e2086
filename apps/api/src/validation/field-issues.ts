import { type ArgumentMetadata } from '@nestjs/common';
import { type FieldIssue } from '@spendwise/contracts';

type Schema = NonNullable<ArgumentMetadata['schema']>;
type SchemaIssue = NonNullable<Awaited<ReturnType<Schema['~standard']['validate']>>['issues']>[number];

/** The few zod issue fields we read beyond the Standard Schema ones. */
interface ZodIssueExtras {
  code?: string;
  keys?: string[];
}

/**
 * Turns schema issues into `{ field, message }` pairs a person (and a form) can act on. `root` names the value
 * itself when an issue has no path: "body", "query", or a parameter/header name.
 */
export function toFieldIssues(issues: readonly SchemaIssue[], input: unknown, root: string): FieldIssue[] {
  const all = issues.flatMap((issue): FieldIssue[] => {
    const path = (issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment));
    const extras = issue as ZodIssueExtras;
    if (extras.code === 'unrecognized_keys' && extras.keys) {
      return extras.keys.map((key) => ({ field: join([...path, key]), message: 'is not an allowed field' }));
    }
    const missing = extras.code === 'invalid_type' && valueAt(input, path) === undefined;
    return [{ field: path.length ? join(path) : root, message: missing ? 'is required' : issue.message }];
  });
  // One problem per field (the first), as a form shows it: "2026-13-01" is not also "not a real date".
  return all.filter((issue, index) => all.findIndex((other) => other.field === issue.field) === index);
}

function join(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
