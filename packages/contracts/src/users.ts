import { z } from 'zod';
import { Currency, TimeZone, text } from './common';

export const UserProfile = z.object({
  id: z.uuid(),
  email: z.email(),
  displayName: z.string().nullable(),
  currency: z.string(),
  timeZone: z.string(),
  preferencesSet: z
    .boolean()
    .describe(
      'false until currency or time zone are chosen (in Settings, or from the browser on the first visit): ' +
        'the web then offers the browser’s locale currency and IANA time zone once',
    ),
  budgetAlerts: z
    .boolean()
    .describe(
      'true (the default): an email when a budget passes 80 % and again 100 % of its month, once per budget, ' +
        'month and threshold',
    ),
  createdAt: z.iso.datetime(),
});
export type UserProfile = z.infer<typeof UserProfile>;

export const UpdateProfileInput = z
  .strictObject({
    displayName: text({ min: 1, max: 80 }).nullable().optional(),
    currency: Currency.optional(),
    timeZone: TimeZone.optional(),
    budgetAlerts: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change' });
export type UpdateProfileInput = z.infer<typeof UpdateProfileInput>;
