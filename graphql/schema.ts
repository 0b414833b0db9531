import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { auditResolvers } from './audit/resolvers.ts';
import { authResolvers } from './auth/resolvers.ts';
import { backupMethodResolvers } from './backup-methods/resolvers.ts';
import { backupResolvers } from './backups/resolvers.ts';
import { configSearchResolvers } from './config-search/resolvers.ts';
import { changeResolvers } from './changes/resolvers.ts';
import { connectionTestResolvers } from './connection-tests/resolvers.ts';
import { baseResolvers } from './base/resolvers.ts';
import { credentialSetResolvers } from './credential-sets/resolvers.ts';
import { dashboardResolvers } from './dashboard/resolvers.ts';
import { deviceResolvers } from './devices/resolvers.ts';
import { repositoryResolvers } from './repositories/resolvers.ts';
import { runResolvers } from './runs/resolvers.ts';
import { scheduleResolvers } from './schedules/resolvers.ts';
import { retentionResolvers } from './retention/resolvers.ts';
import { notificationResolvers } from './notifications/resolvers.ts';
import { inventorySourceResolvers } from './inventory-sources/resolvers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Each domain owns `<domain>/schema.graphql` and `<domain>/resolvers.ts`. */
const domains = {
  base: baseResolvers,
  auth: authResolvers,
  devices: deviceResolvers,
  'credential-sets': credentialSetResolvers,
  repositories: repositoryResolvers,
  'backup-methods': backupMethodResolvers,
  audit: auditResolvers,
  runs: runResolvers,
  backups: backupResolvers,
  'config-search': configSearchResolvers,
  schedules: scheduleResolvers,
  notifications: notificationResolvers,
  'inventory-sources': inventorySourceResolvers,
  dashboard: dashboardResolvers,
  retention: retentionResolvers,
  changes: changeResolvers,
  'connection-tests': connectionTestResolvers,
};

export function buildSchema() {
  const typeDefs = Object.keys(domains).map((domain) => fs.readFileSync(path.join(here, domain, 'schema.graphql'), 'utf8'));
  return makeExecutableSchema({ typeDefs, resolvers: Object.values(domains) });
}
