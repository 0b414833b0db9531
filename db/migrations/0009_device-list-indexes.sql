-- The device list: a page's ids come from an index in name order, and the number of devices is kept
-- by statement triggers, so that no page counts the whole table again.
CREATE INDEX "devices_name_id_idx" ON "devices" USING btree ("name","id");
--> statement-breakpoint
CREATE TABLE "device_totals" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL CHECK ("id"),
	"total" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "device_totals" ("id", "total") SELECT true, count(*) FROM "devices";
--> statement-breakpoint
CREATE FUNCTION "device_totals_add"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	n bigint := (SELECT count(*) FROM "added_devices");
BEGIN
	IF n > 0 THEN
		UPDATE "device_totals" SET "total" = "total" + n;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "device_totals_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	n bigint := (SELECT count(*) FROM "removed_devices");
BEGIN
	IF n > 0 THEN
		UPDATE "device_totals" SET "total" = "total" - n;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "device_totals_reset"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "device_totals" SET "total" = 0;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "devices_count_insert" AFTER INSERT ON "devices" REFERENCING NEW TABLE AS "added_devices" FOR EACH STATEMENT EXECUTE FUNCTION "device_totals_add"();
--> statement-breakpoint
CREATE TRIGGER "devices_count_delete" AFTER DELETE ON "devices" REFERENCING OLD TABLE AS "removed_devices" FOR EACH STATEMENT EXECUTE FUNCTION "device_totals_remove"();
--> statement-breakpoint
CREATE TRIGGER "devices_count_truncate" AFTER TRUNCATE ON "devices" FOR EACH STATEMENT EXECUTE FUNCTION "device_totals_reset"();
