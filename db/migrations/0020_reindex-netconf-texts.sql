-- Config search held the texts of NETCONF backups redacted with their platform's CLI rules, which
-- miss secrets of the XML (SNMP community names, CDATA sections) of a device that keeps its
-- secrets. They are forgotten here and saved again, redacted with the method's own rules, by the
-- next index-config-texts job, queued now where the worker's schema exists.
DELETE FROM "config_texts" AS t
WHERE EXISTS (
	SELECT 1 FROM "backups" AS b JOIN "devices" AS d ON d."id" = b."device_id"
	WHERE b."sha256" = t."sha256" AND d."backup_method" IN ('juniper-junos-netconf', 'nokia-sros-md-netconf', 'netconf')
);
--> statement-breakpoint
DO $$
BEGIN
	IF to_regproc('graphile_worker.add_job') IS NOT NULL THEN
		PERFORM graphile_worker.add_job('index-config-texts', '{}'::json, job_key => 'reindex-netconf-texts');
	END IF;
END $$;
