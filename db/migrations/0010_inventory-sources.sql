-- Inventory sources (Nautobot, NetBox): where devices come from, how their fields map, when they sync.
CREATE TABLE "inventory_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"token_sealed" text NOT NULL,
	"verify_tls" boolean DEFAULT true NOT NULL,
	"ca_bundle" text,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"platform_map" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"location_field" text,
	"tag_fields" text[] DEFAULT '{tags}' NOT NULL,
	"port_field" text,
	"credential_set_field" text,
	"credential_set_id" uuid,
	"repository_id" uuid,
	"orphan_policy" text DEFAULT 'keep' NOT NULL,
	"write_back_field" text,
	"write_back_format" text DEFAULT 'date' NOT NULL,
	"sync_cron" text,
	"sync_time_zone" text DEFAULT 'UTC' NOT NULL,
	"last_sync_slot_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_sources_name_unique" UNIQUE("name"),
	CONSTRAINT "inventory_sources_kind_check" CHECK ("kind" IN ('nautobot', 'netbox')),
	CONSTRAINT "inventory_sources_orphan_policy_check" CHECK ("orphan_policy" IN ('keep', 'disable', 'delete')),
	CONSTRAINT "inventory_sources_write_back_format_check" CHECK ("write_back_format" IN ('date', 'datetime'))
);
--> statement-breakpoint
ALTER TABLE "inventory_sources" ADD CONSTRAINT "inventory_sources_credential_set_id_credential_sets_id_fk" FOREIGN KEY ("credential_set_id") REFERENCES "public"."credential_sets"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inventory_sources" ADD CONSTRAINT "inventory_sources_repository_id_repositories_id_fk" FOREIGN KEY ("repository_id") REFERENCES "public"."repositories"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE TABLE "inventory_syncs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"dry_run" boolean NOT NULL,
	"trigger" text NOT NULL,
	"requested_by" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"read_count" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error_code" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "inventory_syncs_status_check" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "inventory_syncs" ADD CONSTRAINT "inventory_syncs_source_id_inventory_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."inventory_sources"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inventory_syncs" ADD CONSTRAINT "inventory_syncs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "inventory_syncs_source_idx" ON "inventory_syncs" USING btree ("source_id","created_at");
--> statement-breakpoint
-- What a sync read from its source, page by page, before anything is applied; unlogged because it
-- lives only as long as the sync, which starts over after a crash.
CREATE UNLOGGED TABLE "inventory_sync_items" (
	"sync_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"source_device_id" text NOT NULL,
	"name" text NOT NULL,
	"host" text,
	"port" integer,
	"backup_method" text,
	"platform" text,
	"location" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"credential_set_id" uuid,
	"problem_code" text,
	"problem" text,
	"device_id" uuid,
	"action" text,
	CONSTRAINT "inventory_sync_items_sync_id_seq_pk" PRIMARY KEY("sync_id","seq")
);
--> statement-breakpoint
CREATE INDEX "inventory_sync_items_source_device_idx" ON "inventory_sync_items" USING btree ("sync_id","source_device_id");
--> statement-breakpoint
CREATE INDEX "inventory_sync_items_name_idx" ON "inventory_sync_items" USING btree ("sync_id","name");
--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "source_id" uuid;
--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "source_device_id" text;
--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_source_id_inventory_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."inventory_sources"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_source_device_unique" UNIQUE("source_id","source_device_id");
--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "resolve_from_source" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "timestamp_update" jsonb;
--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "resolve_from_source" boolean DEFAULT false NOT NULL;
