ALTER TABLE "runs" ADD COLUMN "started_devices" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "finished_devices" integer DEFAULT 0 NOT NULL;