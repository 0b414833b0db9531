'use client';

import { ConfirmDialog } from './confirm-dialog';

interface DeleteDialogProps {
  /** The dialog is open while this is set. */
  open: boolean;
  title: string;
  message: string;
  onDelete: () => Promise<void>;
  onClose: () => void;
}

/**
 * Asks before deleting. A refusal (e.g. CONFLICT: still in use) stays in the dialog
 * so the user reads why nothing happened.
 */
export function DeleteDialog({ onDelete, ...props }: DeleteDialogProps) {
  return <ConfirmDialog {...props} confirmLabel="Delete" pendingLabel="Deleting…" danger onConfirm={onDelete} />;
}
