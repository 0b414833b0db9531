-- Config search: the redacted text of every stored text version, keyed by the sha256 of what the
-- repository holds, with a trigram index for substring and regular-expression searches.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "config_texts" (
	"sha256" text PRIMARY KEY NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "config_texts_content_trgm_idx" ON "config_texts" USING gin ("content" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "backups_text_versions_idx" ON "backups" USING btree ("device_id","artifact","created_at" DESC) INCLUDE ("sha256") WHERE "changed" AND "is_text";
--> statement-breakpoint
-- Versions stored before this migration are read from their repositories by a job; on a new
-- database graphile-worker's schema does not exist yet, and there is nothing to read.
DO $$
BEGIN
	IF to_regnamespace('graphile_worker') IS NOT NULL AND EXISTS (SELECT 1 FROM "backups" WHERE "changed" AND "is_text") THEN
		PERFORM graphile_worker.add_job('index-config-texts', '{}'::json, job_key => 'index-config-texts');
	END IF;
END $$;
