import openapiTS, { astToString } from 'openapi-typescript';
import path from 'node:path';

/**
 * The web app's API client checks every call's path and method against `paths`, a type generated from the API's
 * OpenAPI document and checked in (packages/contracts/src/openapi.generated.ts). The e2e suite regenerates it from
 * the running API and compares, so a route changed without regenerating fails here, and a client call to a route
 * that no longer exists fails the web's typecheck.
 */
export const OPENAPI_TYPES_FILE = path.resolve(
  __dirname,
  '../../../../packages/contracts/src/openapi.generated.ts',
);

export const REGENERATE_COMMAND = 'npm run openapi:types';

export async function openApiTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
  return [
    "// Generated from the API's OpenAPI document (GET /docs-json) by apps/api/test/http-contract.e2e-spec.ts.",
    `// Do not edit: after changing a route, run \`${REGENERATE_COMMAND}\`.`,
    '',
    astToString(ast),
  ].join('\n');
}
