-- An API key or token for backup methods that read a device's HTTPS API, sealed like the password.
-- A device's pinned TLS certificate ("tls-sha256:<hex>") lives in host_key / pending_host_key.
ALTER TABLE "credential_sets" ADD COLUMN "api_key_sealed" text;
