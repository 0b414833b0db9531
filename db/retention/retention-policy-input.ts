import { z } from 'zod';

const count = (max: number) => z.number().int('must be a whole number').min(0, 'must be 0 or more').max(max, `must be at most ${max}`);

export const retentionPolicyInput = z.object({
  repositoryId: z.string().uuid('is not a valid id'),
  /** Null or absent: the repository's policy; a tag: the policy of the devices with that tag. */
  deviceTag: z.string().trim().min(1, 'must not be empty').max(100).nullish(),
  keepAllDays: count(3650),
  keepDailyDays: count(3650),
  keepWeeklyWeeks: count(520),
  keepMonthlyMonths: count(1200),
  enabled: z.boolean().optional(),
});
