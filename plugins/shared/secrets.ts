/**
 * The cross-platform safety net: values that follow secret-like keywords in any vendor's
 * syntax, applied after a platform's own redactions.
 */
import type { Redaction } from '../platform.ts';

export const secretSafetyNet: Redaction[] = [];
