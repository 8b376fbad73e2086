import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '../errors/domain-error';
import { toFieldIssues } from './field-issues';

/**
 * Validates every handler argument declared with a contract schema — `@Body({ schema: CreateExpenseInput })`,
 * `@Query({ schema })`, `@Param('id', { schema: Uuid })` — and hands the handler the parsed value (trimmed,
 * defaulted, transformed). A failure is a 400 whose `details` name each field and its problem.
 */
@Injectable()
export class ContractValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { schema } = metadata;
    if (!schema || metadata.type === 'custom') return value;
    const result = await schema['~standard'].validate(value);
    if (!result.issues) return result.value;
    const root = typeof metadata.data === 'string' ? metadata.data : metadata.type;
    throw new ValidationFailedError(toFieldIssues(result.issues, value, root));
  }
}
