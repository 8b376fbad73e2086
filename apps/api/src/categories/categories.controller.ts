import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Category, CategoryList, CreateCategoryInput, UpdateCategoryInput, Uuid } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { CategoriesService } from './categories.service';

@ApiTags('Categories')
@ApiPrivate()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Get()
  @ApiOperation({ summary: "The caller's categories, by name" })
  @ApiResult(200, CategoryList, 'All categories')
  list(@CurrentUser() user: AuthenticatedUser): Promise<CategoryList> {
    return this.categories.list(user);
  }

  @Post()
  @ApiOperation({ summary: 'Create a category (names are unique per user, ignoring case)' })
  @ApiResult(201, Category, 'Created')
  @ApiErrors(400, 409)
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateCategoryInput }) input: CreateCategoryInput,
  ): Promise<Category> {
    return this.categories.create(user, input);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename and/or recolour a category' })
  @ApiResult(200, Category, 'Updated')
  @ApiErrors(400, 404, 409)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
    @Body({ schema: UpdateCategoryInput }) input: UpdateCategoryInput,
  ): Promise<Category> {
    return this.categories.update(user, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a category: its expenses become uncategorised, its budget is removed' })
  @ApiNoContent('Deleted')
  @ApiErrors(400, 404)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<void> {
    await this.categories.remove(user, id);
  }
}
