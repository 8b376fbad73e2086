/** The settings form: display name, currency and time zone, by the contract's rules for a profile update. */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { UpdateProfileInput } from '@spendwise/contracts';
import { z } from 'zod';

const fields = UpdateProfileInput.shape;

export const profileFormSchema = z.object({
  displayName: z
    .string()
    .transform((name) => (name.trim() === '' ? null : name))
    .pipe(fields.displayName.unwrap()),
  currency: fields.currency.unwrap(),
  timeZone: fields.timeZone.unwrap(),
});

export type ProfileFormValues = z.input<typeof profileFormSchema>;
export type ProfileFormOutput = z.output<typeof profileFormSchema>;
export const PROFILE_FORM_FIELDS = ['displayName', 'currency', 'timeZone'] as const;
