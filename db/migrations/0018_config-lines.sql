-- Config search over distinct lines: a search matches the fleet's distinct lines (a few percent of
-- all lines) with the trigram index, then finds the texts holding a matching line through an
-- index on each text's list of line ids. The whole-text trigram index is kept only for texts not
-- split into lines yet.
CREATE TABLE "config_lines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"line" text NOT NULL,
	"hash" bytea NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "config_lines_hash_idx" ON "config_lines" USING btree ("hash");
--> statement-breakpoint
CREATE INDEX "config_lines_line_trgm_idx" ON "config_lines" USING gin ("line" gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE "config_texts" ADD COLUMN "line_ids" integer[];
--> statement-breakpoint
CREATE INDEX "config_texts_line_ids_idx" ON "config_texts" USING gin ("line_ids");
--> statement-breakpoint
DROP INDEX "config_texts_content_trgm_idx";
--> statement-breakpoint
CREATE INDEX "config_texts_unsplit_trgm_idx" ON "config_texts" USING gin ("content" gin_trgm_ops) WHERE "line_ids" IS NULL;
--> statement-breakpoint
-- Texts saved before this migration are split by the index-config-texts job; until then a search
-- matches their whole text as before.
DO $$
BEGIN
	IF to_regnamespace('graphile_worker') IS NOT NULL AND EXISTS (SELECT 1 FROM "config_texts") THEN
		PERFORM graphile_worker.add_job('index-config-texts', '{}'::json, job_key => 'index-config-texts');
	END IF;
END $$;
