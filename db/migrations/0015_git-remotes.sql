-- Git remotes over SSH: the credential set whose private key logs in to the remote, the remote's
-- host key pinned on first use (and a changed one waiting for an admin), the credential set whose
-- key signs commits, and the divergence that stopped the last push.
ALTER TABLE "repositories" ADD COLUMN "remote_credential_set_id" uuid;--> statement-breakpoint
ALTER TABLE "repositories" ADD COLUMN "remote_host_key" text;--> statement-breakpoint
ALTER TABLE "repositories" ADD COLUMN "pending_remote_host_key" text;--> statement-breakpoint
ALTER TABLE "repositories" ADD COLUMN "signing_credential_set_id" uuid;--> statement-breakpoint
ALTER TABLE "repositories" ADD COLUMN "diverged_local_commit" text;--> statement-breakpoint
ALTER TABLE "repositories" ADD COLUMN "diverged_remote_commit" text;--> statement-breakpoint
ALTER TABLE "repositories" ADD COLUMN "diverged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repositories" ADD CONSTRAINT "repositories_remote_credential_set_id_credential_sets_id_fk" FOREIGN KEY ("remote_credential_set_id") REFERENCES "public"."credential_sets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repositories" ADD CONSTRAINT "repositories_signing_credential_set_id_credential_sets_id_fk" FOREIGN KEY ("signing_credential_set_id") REFERENCES "public"."credential_sets"("id") ON DELETE restrict ON UPDATE no action;
