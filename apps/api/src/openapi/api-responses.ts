import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, type StandardSchemaObject } from '@nestjs/swagger';
import { ApiErrorBody } from '@spendwise/contracts';

export const BEARER_SCHEME = 'cognito';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Validation failed (`details` names each field) or malformed JSON',
  401: 'Missing, invalid or expired access token',
  404: 'No such resource for this user',
  409: 'Conflicts with existing data',
  413: 'Body larger than the limit',
  415: 'Body is not application/json',
  429: 'Rate limit reached; see Retry-After',
  503: 'A dependency (database, Cognito) is unavailable; retry later',
};

/** The success response of an operation, described by a contract schema. */
export function ApiResult(status: number, schema: StandardSchemaObject, description: string) {
  return ApiResponse({ status, description, standardSchema: schema });
}

/** Error responses an operation can return; all share the one error body. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        standardSchema: ApiErrorBody,
      }),
    ),
  );
}

/** Marks a controller as needing a Cognito access token, with the errors every private route can return. */
export function ApiPrivate() {
  return applyDecorators(ApiBearerAuth(BEARER_SCHEME), ApiErrors(401, 429, 503));
}

/** A success response without a body (204). */
export function ApiNoContent(description: string) {
  return ApiResponse({ status: 204, description });
}
