-- Collected text waits in run_devices.collected only until the run's commit, which clears it:
-- compressing it on the way in (TOAST's pglz) cost PostgreSQL more CPU than anything else a
-- large run asked of it. Kept out of line, uncompressed.
ALTER TABLE "run_devices" ALTER COLUMN "collected" SET STORAGE EXTERNAL;
