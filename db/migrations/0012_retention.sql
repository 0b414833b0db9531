-- Retention: policies per repository (and per device tag), retired devices, and the totals of
-- backups ever recorded, which /api/metrics reports as counters that retention never lowers.
CREATE TABLE "retention_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"repository_id" uuid NOT NULL,
	"device_tag" text,
	"keep_all_days" integer NOT NULL,
	"keep_daily_days" integer NOT NULL,
	"keep_weekly_weeks" integer NOT NULL,
	"keep_monthly_months" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_policies_repository_tag_unique" UNIQUE NULLS NOT DISTINCT("repository_id","device_tag"),
	CONSTRAINT "retention_policies_periods_check" CHECK ("keep_all_days" >= 0 AND "keep_daily_days" >= 0 AND "keep_weekly_weeks" >= 0 AND "keep_monthly_months" >= 0)
);
--> statement-breakpoint
ALTER TABLE "retention_policies" ADD CONSTRAINT "retention_policies_repository_id_repositories_id_fk" FOREIGN KEY ("repository_id") REFERENCES "public"."repositories"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "retired_at" timestamp with time zone;
--> statement-breakpoint
CREATE INDEX "backups_repository_idx" ON "backups" USING btree ("repository_id","device_id","artifact","created_at");
--> statement-breakpoint
CREATE TABLE "backup_totals" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL CHECK ("id"),
	"backups" bigint NOT NULL,
	"changes" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "backup_totals" ("id", "backups", "changes") SELECT true, count(*), count(*) FILTER (WHERE "changed") FROM "backups";
--> statement-breakpoint
CREATE FUNCTION "backup_totals_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "backup_totals" SET
		"backups" = "backups" + added.n,
		"changes" = "changes" + added.n_changes
	FROM (SELECT count(*) AS n, count(*) FILTER (WHERE "changed") AS n_changes FROM "added_backups") AS added
	WHERE added.n > 0;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "backups_count_insert" AFTER INSERT ON "backups" REFERENCING NEW TABLE AS "added_backups" FOR EACH STATEMENT EXECUTE FUNCTION "backup_totals_add"();
