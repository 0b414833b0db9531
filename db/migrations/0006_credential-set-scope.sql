ALTER TABLE "credential_sets" ADD COLUMN "scope_hosts" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "credential_sets" ADD COLUMN "scope_tags" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "credential_sets" ADD COLUMN "scope_ports" integer[] DEFAULT '{}' NOT NULL;
