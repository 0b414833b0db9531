-- Pages that stay fast with a large fleet and its history. What the run list and the dashboard
-- would count over run_devices on every request (a run's devices by outcome, the fleet's outcomes
-- per day) is kept instead, by one statement trigger on run_devices: per run on the run's row, and
-- per UTC day in run_device_days. The trigger locks the runs it changes in id order, after the
-- run_devices rows, as the worker's own counters do.
ALTER TABLE "runs" ADD COLUMN "collected_devices" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "succeeded_devices" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "failed_devices" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "cancelled_devices" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
CREATE TABLE "run_device_days" (
	"day" date PRIMARY KEY NOT NULL,
	"succeeded" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"timed_successes" integer DEFAULT 0 NOT NULL,
	"success_duration_ms" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TYPE "run_device_change" AS ("run_id" uuid, "status" "run_device_status", "finished_at" timestamptz, "duration_ms" integer, "sign" integer);
--> statement-breakpoint
CREATE FUNCTION "run_device_changes_apply"("changes" "run_device_change"[]) RETURNS void LANGUAGE sql AS $$
	WITH "change" AS (
		SELECT * FROM unnest("changes")
	), "per_run" AS (
		SELECT "run_id",
			coalesce(sum("sign") FILTER (WHERE "status" = 'collected'), 0)::int AS "collected",
			coalesce(sum("sign") FILTER (WHERE "status" = 'succeeded'), 0)::int AS "succeeded",
			coalesce(sum("sign") FILTER (WHERE "status" = 'failed'), 0)::int AS "failed",
			coalesce(sum("sign") FILTER (WHERE "status" = 'cancelled'), 0)::int AS "cancelled"
		FROM "change"
		WHERE "status" IN ('collected', 'succeeded', 'failed', 'cancelled')
		GROUP BY "run_id"
	), "changed_run" AS (
		SELECT * FROM "per_run" WHERE "collected" <> 0 OR "succeeded" <> 0 OR "failed" <> 0 OR "cancelled" <> 0
	), "locked" AS (
		SELECT "id" FROM "runs" WHERE "id" IN (SELECT "run_id" FROM "changed_run") ORDER BY "id" FOR UPDATE
	), "counted" AS (
		UPDATE "runs" SET
			"collected_devices" = "runs"."collected_devices" + c."collected",
			"succeeded_devices" = "runs"."succeeded_devices" + c."succeeded",
			"failed_devices" = "runs"."failed_devices" + c."failed",
			"cancelled_devices" = "runs"."cancelled_devices" + c."cancelled"
		FROM "changed_run" c
		WHERE "runs"."id" = c."run_id" AND "runs"."id" IN (SELECT "id" FROM "locked")
	), "per_day" AS (
		SELECT ("finished_at" AT TIME ZONE 'UTC')::date AS "day",
			coalesce(sum("sign") FILTER (WHERE "status" = 'succeeded'), 0)::int AS "succeeded",
			coalesce(sum("sign") FILTER (WHERE "status" = 'failed'), 0)::int AS "failed",
			coalesce(sum("sign") FILTER (WHERE "status" = 'succeeded' AND "duration_ms" IS NOT NULL), 0)::int AS "timed_successes",
			coalesce(sum("sign" * "duration_ms"::bigint) FILTER (WHERE "status" = 'succeeded'), 0)::bigint AS "success_duration_ms"
		FROM "change"
		WHERE "finished_at" IS NOT NULL AND "status" IN ('succeeded', 'failed')
		GROUP BY 1
	)
	INSERT INTO "run_device_days" ("day", "succeeded", "failed", "timed_successes", "success_duration_ms")
	SELECT * FROM "per_day"
	WHERE "succeeded" <> 0 OR "failed" <> 0 OR "timed_successes" <> 0 OR "success_duration_ms" <> 0
	ORDER BY "day"
	ON CONFLICT ("day") DO UPDATE SET
		"succeeded" = "run_device_days"."succeeded" + excluded."succeeded",
		"failed" = "run_device_days"."failed" + excluded."failed",
		"timed_successes" = "run_device_days"."timed_successes" + excluded."timed_successes",
		"success_duration_ms" = "run_device_days"."success_duration_ms" + excluded."success_duration_ms";
$$;
--> statement-breakpoint
CREATE FUNCTION "run_device_changes_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- Each branch reads only the transition tables its event has.
	IF TG_OP = 'INSERT' THEN
		PERFORM "run_device_changes_apply"(ARRAY(
			SELECT ROW("run_id", "status", "finished_at", "duration_ms", 1)::"run_device_change" FROM "new_run_devices"));
	ELSIF TG_OP = 'UPDATE' THEN
		PERFORM "run_device_changes_apply"(ARRAY(
			SELECT ROW("run_id", "status", "finished_at", "duration_ms", 1)::"run_device_change" FROM "new_run_devices"
			UNION ALL
			SELECT ROW("run_id", "status", "finished_at", "duration_ms", -1)::"run_device_change" FROM "old_run_devices"));
	ELSE
		PERFORM "run_device_changes_apply"(ARRAY(
			SELECT ROW("run_id", "status", "finished_at", "duration_ms", -1)::"run_device_change" FROM "old_run_devices"));
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "run_device_changes_reset"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "runs" SET "collected_devices" = 0, "succeeded_devices" = 0, "failed_devices" = 0, "cancelled_devices" = 0;
	DELETE FROM "run_device_days";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "run_devices_count_insert" AFTER INSERT ON "run_devices" REFERENCING NEW TABLE AS "new_run_devices" FOR EACH STATEMENT EXECUTE FUNCTION "run_device_changes_record"();
--> statement-breakpoint
CREATE TRIGGER "run_devices_count_update" AFTER UPDATE ON "run_devices" REFERENCING OLD TABLE AS "old_run_devices" NEW TABLE AS "new_run_devices" FOR EACH STATEMENT EXECUTE FUNCTION "run_device_changes_record"();
--> statement-breakpoint
CREATE TRIGGER "run_devices_count_delete" AFTER DELETE ON "run_devices" REFERENCING OLD TABLE AS "old_run_devices" FOR EACH STATEMENT EXECUTE FUNCTION "run_device_changes_record"();
--> statement-breakpoint
CREATE TRIGGER "run_devices_count_truncate" AFTER TRUNCATE ON "run_devices" FOR EACH STATEMENT EXECUTE FUNCTION "run_device_changes_reset"();
--> statement-breakpoint
SELECT "run_device_changes_apply"(ARRAY(SELECT ROW("run_id", "status", "finished_at", "duration_ms", 1)::"run_device_change" FROM "run_devices"));
--> statement-breakpoint
-- Whether a backup is its artifact's first ("initial": no backup of the same device and artifact
-- before it), kept by statement triggers on backups for the rows from the earliest one a statement
-- inserted, deleted or moved, so that counts of real changes (changed and not initial) read an
-- index instead of probing for an earlier backup row by row. Two transactions that store the very
-- first backups of one artifact at the same time would each see only their own; the runs of a
-- repository store one at a time (finish-run jobs share the repository's queue).
ALTER TABLE "backups" ADD COLUMN "initial" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
UPDATE "backups" AS b SET "initial" = true
WHERE NOT EXISTS (SELECT 1 FROM "backups" AS e WHERE e."device_id" = b."device_id" AND e."artifact" = b."artifact" AND e."created_at" < b."created_at");
--> statement-breakpoint
CREATE TYPE "backup_position" AS ("device_id" uuid, "artifact" text, "created_at" timestamptz);
--> statement-breakpoint
CREATE FUNCTION "backups_initial_refresh"("positions" "backup_position"[]) RETURNS void LANGUAGE sql AS $$
	WITH "affected" AS (
		SELECT "device_id", "artifact", min("created_at") AS "from_at" FROM unnest("positions") GROUP BY 1, 2
	)
	UPDATE "backups" AS b SET "initial" = NOT b."initial"
	FROM "affected" AS a
	WHERE b."device_id" = a."device_id" AND b."artifact" = a."artifact" AND b."created_at" >= a."from_at"
		AND b."initial" = EXISTS (SELECT 1 FROM "backups" AS e WHERE e."device_id" = b."device_id" AND e."artifact" = b."artifact" AND e."created_at" < b."created_at");
$$;
--> statement-breakpoint
CREATE FUNCTION "backups_initial_record"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	"moved" "backup_position"[];
BEGIN
	-- Each branch reads only the transition tables its event has.
	IF TG_OP = 'INSERT' THEN
		"moved" := ARRAY(SELECT ROW("device_id", "artifact", "created_at")::"backup_position" FROM "new_backups");
	ELSIF TG_OP = 'UPDATE' THEN
		-- Only a backup that moved (another device, artifact or time) changes which one is first, so
		-- the refresh's own updates of "initial" end here.
		"moved" := ARRAY(
			SELECT ROW(p."device_id", p."artifact", p."created_at")::"backup_position"
			FROM "new_backups" AS n JOIN "old_backups" AS o USING ("id")
			CROSS JOIN LATERAL (VALUES (n."device_id", n."artifact", n."created_at"), (o."device_id", o."artifact", o."created_at")) AS p("device_id", "artifact", "created_at")
			WHERE (n."device_id", n."artifact", n."created_at") IS DISTINCT FROM (o."device_id", o."artifact", o."created_at"));
	ELSE
		"moved" := ARRAY(SELECT ROW("device_id", "artifact", "created_at")::"backup_position" FROM "old_backups");
	END IF;
	IF cardinality("moved") > 0 THEN
		PERFORM "backups_initial_refresh"("moved");
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "backups_initial_insert" AFTER INSERT ON "backups" REFERENCING NEW TABLE AS "new_backups" FOR EACH STATEMENT EXECUTE FUNCTION "backups_initial_record"();
--> statement-breakpoint
CREATE TRIGGER "backups_initial_update" AFTER UPDATE ON "backups" REFERENCING OLD TABLE AS "old_backups" NEW TABLE AS "new_backups" FOR EACH STATEMENT EXECUTE FUNCTION "backups_initial_record"();
--> statement-breakpoint
CREATE TRIGGER "backups_initial_delete" AFTER DELETE ON "backups" REFERENCING OLD TABLE AS "old_backups" FOR EACH STATEMENT EXECUTE FUNCTION "backups_initial_record"();
--> statement-breakpoint
-- The real changes since a date (the dashboard's most changed devices) and the changed backups of
-- a run (its counts of changes), from the index alone.
CREATE INDEX "backups_real_changes_idx" ON "backups" USING btree ("created_at") INCLUDE ("device_id") WHERE "changed" AND NOT "initial";
--> statement-breakpoint
CREATE INDEX "backups_run_changed_idx" ON "backups" USING btree ("run_id") INCLUDE ("initial") WHERE "changed";
--> statement-breakpoint
-- The device list's search (a substring of name, host, location or a tag, case-insensitively) from
-- trigram indexes instead of reading every device; tags are searched as one line per tag.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE FUNCTION "device_tags_text"("tags" text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string("tags", E'\n') $$;
--> statement-breakpoint
CREATE INDEX "devices_name_trgm_idx" ON "devices" USING gin ("name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "devices_host_trgm_idx" ON "devices" USING gin ("host" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "devices_location_trgm_idx" ON "devices" USING gin ("location" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "devices_tags_trgm_idx" ON "devices" USING gin ("device_tags_text"("tags") gin_trgm_ops);
--> statement-breakpoint
-- Room on each page for a device's next version: a run updates every device's last backup, which
-- then stays on its page without touching the indexes (a HOT update), the trigram ones included.
ALTER TABLE "devices" SET (fillfactor = 70);
