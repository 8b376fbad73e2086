import { type StandardSchemaConverter } from '@nestjs/swagger';
import { z } from 'zod';
import { NAMED_SCHEMAS } from './schema-names';

/**
 * Turns the contracts' zod schemas into OpenAPI 3.0 schemas with zod's own `z.toJSONSchema`, so the document
 * describes exactly what the validation pipe enforces (input side for requests, output side for responses).
 * Named schemas become components; @nestjs/swagger rewrites `#/definitions/X` to `#/components/schemas/X`.
 */
export const zodOpenApiConverter: StandardSchemaConverter = (schema, { schemaType }) => {
  if (!(schema instanceof z.ZodType)) return undefined;
  const { definitions, ...root } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: schemaType,
    metadata: NAMED_SCHEMAS,
    unrepresentable: 'any',
  }) as { definitions?: Record<string, unknown> };
  return { schema: root, components: definitions ?? {} };
};
