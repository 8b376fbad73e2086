import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ImportCommitQuery,
  ImportCommitResult,
  ImportList,
  ImportPreview,
  ImportPreviewQuery,
  IMPORT_PREVIEW_PAGE,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  Uuid,
} from '@spendwise/contracts';
import { type FastifyRequest } from 'fastify';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LongRunning } from '../http/long-running-routes';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { UnreadableFileError } from './import.errors';
import { IMPORT_MEDIA_TYPE } from './import-body';
import { ImportsService } from './imports.service';
import { SpooledUpload } from './upload-spool';

const LIMITS =
  `At most ${MAX_IMPORT_BYTES / 1024 / 1024} MiB and ${MAX_IMPORT_ROWS.toLocaleString('en')} rows (413 beyond, ` +
  'saying which). Formats, detected from the content: CSV/TSV (any delimiter; UTF-8, UTF-16 with BOM, ' +
  'Windows-1252), OFX/QFX 1.x and 2.x, QIF, CAMT.053. A file that cannot be read as a whole (binary, truncated, ' +
  'XML with a DOCTYPE) is a 400 naming `file` and the reason; rows that cannot be read are listed per line.';

const FILE_BODY = {
  description: 'The bank file, as its bytes',
  required: true,
  content: { [IMPORT_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
} as const;

@ApiTags('Imports')
@ApiPrivate()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('preview')
  @HttpCode(200)
  @LongRunning()
  @ApiOperation({
    summary: 'Read a bank file and show its rows as they would be stored; nothing is stored',
    description: `${LIMITS} Lists ${IMPORT_PREVIEW_PAGE.toLocaleString('en')} rows from \`offset\` (counts cover the whole file).`,
  })
  @ApiConsumes(IMPORT_MEDIA_TYPE)
  @ApiBody(FILE_BODY)
  @ApiResult(
    200,
    ImportPreview,
    'A page of rows, each with its status and whether committing would store it; counts of all',
  )
  @ApiErrors(400, 413, 415)
  preview(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: ImportPreviewQuery }) query: ImportPreviewQuery,
    @Req() request: FastifyRequest,
  ): Promise<ImportPreview> {
    return this.imports.preview(user, fileOf(request), query);
  }

  @Post()
  @LongRunning()
  @ApiOperation({
    summary: 'Import a bank file: store its new expenses, all or nothing',
    description:
      `${LIMITS} Send the same file and settings as the preview, with your decisions (include, exclude). Rows ` +
      'already imported (the bank’s id, or date, amount and description) are skipped, so importing a file twice ' +
      'stores nothing the second time. 400 naming the setting when the file is ambiguous (dateOrder).',
  })
  @ApiConsumes(IMPORT_MEDIA_TYPE)
  @ApiBody(FILE_BODY)
  @ApiResult(201, ImportCommitResult, 'Imported')
  @ApiErrors(400, 413, 415)
  commit(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: ImportCommitQuery }) query: ImportCommitQuery,
    @Req() request: FastifyRequest,
  ): Promise<ImportCommitResult> {
    return this.imports.commit(user, fileOf(request), query);
  }

  @Get()
  @ApiOperation({ summary: 'Your imports, newest first' })
  @ApiResult(200, ImportList, 'Your imports')
  list(@CurrentUser() user: AuthenticatedUser): Promise<ImportList> {
    return this.imports.list(user);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Undo an import: delete it and every expense it stored (edited or not)',
    description: 'Leaves no trace, so the same file can be imported again.',
  })
  @ApiNoContent('Undone')
  @ApiErrors(400, 404)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<void> {
    await this.imports.remove(user, id);
  }
}

/** The uploaded file, spooled to disk as it arrived (import-body.ts), which the service streams from. */
function fileOf(request: FastifyRequest): SpooledUpload {
  if (!(request.body instanceof SpooledUpload)) {
    throw new UnreadableFileError(`send the file as the body, with Content-Type ${IMPORT_MEDIA_TYPE}`);
  }
  return request.body;
}
