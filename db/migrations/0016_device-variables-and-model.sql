-- Devices get a model (the device type, e.g. C9300-48P) and variables (name → value, rendered by
-- path templates as {var.<name>}); an inventory source syncs the model from the device type and
-- the variables from the custom fields it names.
ALTER TABLE "devices" ADD COLUMN "model" text;--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "variables" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_variables_object_check" CHECK (jsonb_typeof("variables") = 'object');--> statement-breakpoint
ALTER TABLE "inventory_sources" ADD COLUMN "variable_fields" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory_sync_items" ADD COLUMN "model" text;--> statement-breakpoint
ALTER TABLE "inventory_sync_items" ADD COLUMN "variables" jsonb DEFAULT '{}'::jsonb NOT NULL;
