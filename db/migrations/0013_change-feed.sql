-- The change feed: lines added and removed by each changed text backup, counted when the run is
-- stored so that no list diffs on read; the changed backups newest first, for the feed's pages;
-- and the run-finished events, which the live feed follows.
ALTER TABLE "backups" ADD COLUMN "added_lines" integer;
--> statement-breakpoint
ALTER TABLE "backups" ADD COLUMN "removed_lines" integer;
--> statement-breakpoint
CREATE INDEX "backups_changed_created_idx" ON "backups" USING btree ("created_at" DESC,"id" DESC) WHERE "backups"."changed";
--> statement-breakpoint
CREATE INDEX "run_events_finished_idx" ON "run_events" USING btree ("created_at") WHERE "run_events"."type" = 'run-finished';
