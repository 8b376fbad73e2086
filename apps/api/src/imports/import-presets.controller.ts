import { Body, Controller, Delete, Get, HttpCode, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportPreset, ImportPresetList, SaveImportPresetInput, Uuid } from '@spendwise/contracts';
import { type FastifyReply } from 'fastify';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { ImportPresetsService } from './import-presets.service';

@ApiTags('Imports')
@ApiPrivate()
@Controller('import-presets')
export class ImportPresetsController {
  constructor(private readonly presets: ImportPresetsService) {}

  @Get()
  @ApiOperation({ summary: 'Your saved CSV mappings, by name' })
  @ApiResult(200, ImportPresetList, 'Your presets')
  list(@CurrentUser() user: AuthenticatedUser): Promise<ImportPresetList> {
    return this.presets.list(user);
  }

  @Put()
  @ApiOperation({
    summary: 'Save how to read your bank’s CSV under a name; a name you already use (any case) is replaced',
    description:
      'Columns by header name (files with a header row) or by position (0 is the first). The preview applies ' +
      'the preset whose column names the file’s header has, or the one given as `preset`.',
  })
  @ApiResult(201, ImportPreset, 'Saved')
  @ApiResult(200, ImportPreset, 'Replaced the preset of that name')
  @ApiErrors(400)
  async save(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: SaveImportPresetInput }) input: SaveImportPresetInput,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportPreset> {
    const { preset, created } = await this.presets.save(user, input);
    void reply.status(created ? 201 : 200);
    return preset;
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a saved preset (imports made with it stay)' })
  @ApiNoContent('Removed')
  @ApiErrors(400, 404)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<void> {
    await this.presets.remove(user, id);
  }
}
