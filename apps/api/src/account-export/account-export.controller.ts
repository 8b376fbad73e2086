import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LongRunning } from '../http/long-running-routes';
import { ApiPrivate } from '../openapi/api-responses';
import { AccountExportService } from './account-export.service';

@ApiTags('Profile')
@ApiPrivate()
@Controller('me')
export class AccountExportController {
  constructor(private readonly exporter: AccountExportService) {}

  @Get('export')
  @LongRunning()
  @ApiOperation({
    summary: 'Download everything the caller has stored as a zip (streamed)',
    description:
      'profile.json/.csv (settings), categories.json/.csv, budgets.json/.csv and expenses.json/.csv: only the ' +
      "caller's rows. JSON uses the API's own shapes (amounts as integer minor units with their currency); CSV " +
      'files are UTF-8 with BOM and CRLF, amounts as decimals next to the currency (budgets also in minor units); ' +
      'expenses.csv has the columns of GET /expenses/export.csv.',
  })
  @ApiProduces('application/zip')
  @ApiResponse({
    status: 200,
    description: 'A zip archive, sent as an attachment named spendwise-export-YYYY-MM-DD.zip',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  async export(@CurrentUser() user: AuthenticatedUser): Promise<StreamableFile> {
    const filename = `spendwise-export-${new Date().toISOString().slice(0, 10)}.zip`;
    return new StreamableFile(await this.exporter.zip(user), {
      type: 'application/zip',
      disposition: `attachment; filename="${filename}"`,
    });
  }
}
