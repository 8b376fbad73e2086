import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { BEARER_SCHEME } from './api-responses';
import { zodOpenApiConverter } from './zod-openapi-converter';

/** Serves the OpenAPI document at /docs-json and the Swagger UI at /docs, both public. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('SpendWise API')
    .setDescription(
      'Personal expense tracking. Send a Cognito **access token** as `Authorization: Bearer <token>`. ' +
        'Money is integer minor units (cents); dates are calendar dates (YYYY-MM-DD). Every error has the body ' +
        '`{ statusCode, error, message, details?, requestId }`.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    standardSchemaConverter: zodOpenApiConverter,
  });
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', raw: ['json'] });
}
