import { Module } from '@nestjs/common';
import { CategoriesController } from './categories.controller';
import { CategoriesRepository } from './categories.repository';
import { CategoriesService } from './categories.service';

@Module({
  controllers: [CategoriesController],
  providers: [CategoriesService, CategoriesRepository],
  // Budgets, expenses and recurring series check that a category is the caller's with it.
  exports: [CategoriesRepository],
})
export class CategoriesModule {}
