-- A device of a run is "collected" until its artifacts are stored, and stays so (with error code
-- STORAGE_FAILED, its collected text kept) when storing fails for good. The new value is not used in
-- this migration: PostgreSQL refuses a new enum value in the transaction that adds it.
ALTER TYPE "public"."run_device_status" ADD VALUE IF NOT EXISTS 'collected' BEFORE 'succeeded';--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "store_attempts" integer DEFAULT 0 NOT NULL;
