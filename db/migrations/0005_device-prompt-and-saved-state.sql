ALTER TABLE "devices" ADD COLUMN "prompt" text;--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "saved_state" text;