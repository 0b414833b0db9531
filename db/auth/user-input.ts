import { z } from 'zod';
import { roles } from './schema.ts';

export const usernameSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64)
  .regex(/^[A-Za-z0-9._@-]+$/, 'may contain letters, digits and . _ @ - only');
export const passwordSchema = z.string().min(8, 'must be at least 8 characters').max(1024);
export const roleSchema = z.enum(roles);
