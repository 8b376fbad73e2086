import { z } from 'zod';
import { HexColor, text } from './common';

export const CATEGORY_NAME_MAX = 40;

export const Category = z.object({
  id: z.uuid(),
  name: z.string(),
  color: z.string(),
  createdAt: z.iso.datetime(),
});
export type Category = z.infer<typeof Category>;

export const CategoryList = z.object({ items: z.array(Category) });
export type CategoryList = z.infer<typeof CategoryList>;

export const CreateCategoryInput = z.strictObject({
  name: text({ min: 1, max: CATEGORY_NAME_MAX }),
  color: HexColor,
});
export type CreateCategoryInput = z.input<typeof CreateCategoryInput>;

export const UpdateCategoryInput = z
  .strictObject({
    name: text({ min: 1, max: CATEGORY_NAME_MAX }).optional(),
    color: HexColor.optional(),
  })
  .refine((value) => value.name !== undefined || value.color !== undefined, {
    message: 'send a name, a color or both',
  });
export type UpdateCategoryInput = z.input<typeof UpdateCategoryInput>;
