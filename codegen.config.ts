/**
 * GraphQL Code Generator: the committed schema (graphql/schema.printed.graphql) types both of its
 * ends. `npm run codegen` writes the files below; `npm run test:types` fails when they are stale or
 * when a UI document does not match the schema.
 *
 * - graphql/generated/resolvers.ts: the `Resolvers` type every resolver map satisfies. Mappers name
 *   what the resolvers really return (db views and rows); enums are typed as the db values
 *   (RUNNING ⇄ 'running'), which graphql/enums.ts maps at run time.
 * - app/_gql/: `graphql()` for typed documents, sent as plain strings, with fragment masking
 *   (`FragmentType`, `getFragmentData`).
 */
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, isEnumType } from 'graphql';

const schema = 'graphql/schema.printed.graphql';

const regenerate = 'Do not edit: run `npm run codegen` after changing the schema or a document.';
const header = (what: string) => ({ add: { content: `// ${what}\n// ${regenerate}\n` } });

/** Every enum of the schema; a new one needs its type in graphql/enums.ts, or the generated file does not compile. */
const enumNames = Object.values(buildSchema(readFileSync(schema, 'utf8')).getTypeMap())
  .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
  .map((type) => type.name);

const config: CodegenConfig = {
  schema,
  generates: {
    'graphql/generated/resolvers.ts': {
      plugins: [header(`Resolver types generated from ${schema} by GraphQL Code Generator (codegen.config.ts).`), 'typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        importExtension: '.ts',
        contextType: '../context.ts#GraphQLContext',
        mapperTypeSuffix: 'Model',
        // graphql-js answers null for a nullable field whose resolver returns undefined.
        maybeValue: 'T | null | undefined',
        scalars: {
          DateTime: { input: 'Date', output: 'Date | string' },
          JSON: 'unknown',
          // Audit entries have numeric ids; graphql-js serializes numbers and strings alike.
          ID: { input: 'string', output: 'string | number' },
        },
        enumsAsTypes: true,
        // Each GraphQL enum is typed as its db values; graphql/enums.ts maps the names at run time.
        enumValues: Object.fromEntries(enumNames.map((name) => [name, `../enums.ts#${name}`])),
        mappers: {
          ApiToken: '../../db/auth/schema.ts#ApiToken',
          AuditEntry: '../../db/audit/schema.ts#AuditEntry',
          Backup: '../../db/backups/schema.ts#Backup',
          BackupMethod: '../../plugins/types.ts#BackupMethodInfo',
          Change: '../../db/changes/list-changes.ts#ChangeView',
          Version: '../../db/changes/list-versions.ts#VersionView',
          ConfigSearchDevice: '../../db/config-search/search-configs.ts#ConfigSearchDevice',
          ConfigSearchVersion: '../../db/config-search/search-configs.ts#ConfigSearchVersion',
          CredentialSet: '../../db/credential-sets/view.ts#CredentialSetView',
          DailySuccess: '../../db/dashboard/get-dashboard.ts#DailySuccess',
          Dashboard: '../../db/dashboard/get-dashboard.ts#Dashboard',
          Device: '../../db/devices/view.ts#DeviceView',
          Repository: '../../db/repositories/view.ts#RepositoryView',
          Run: '../../db/runs/schema.ts#Run',
          RunDevice: '../../db/runs/schema.ts#RunDevice',
          RunResult: '../../db/runs/types.ts#RunResult',
          // What RunResult stores under `repository`; the enum serializer checks its `kind`.
          RunResultRepository: "NonNullable<RunResultModel['repository']>",
          Schedule: '../../db/schedules/schema.ts#Schedule',
          RetentionPolicy: '../../db/retention/schema.ts#RetentionPolicy',
          RetentionRemoval: '../../db/retention/plan-retention.ts#RetentionRemoval',
          RetentionResult: '../../db/retention/apply-retention.ts#RetentionOutcome',
          NotificationChannel: '../../db/notifications/channel-view.ts#ChannelView',
          NotificationRule: '../../db/notifications/rule-view.ts#RuleView',
          NotificationDelivery: '../../db/notifications/schema.ts#NotificationDelivery',
          InventorySource: '../../db/inventory-sources/view.ts#InventorySourceView',
          InventorySync: '../../db/inventory-sources/schema.ts#InventorySync',
          User: '../../db/auth/schema.ts#User',
        },
      },
    },
    'app/_gql/': {
      preset: 'client',
      documents: ['app/**/*.{ts,tsx}', '!app/_gql/**'],
      plugins: [header(`Types of the UI's documents, generated from ${schema} and the graphql() calls in app/ (codegen.config.ts).`)],
      presetConfig: {
        // Not a hook: it only narrows a fragment reference's type, so it may run anywhere.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        // Documents stay plain strings on the wire: the server knows no persisted queries.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        // A result holds every field it asked for (null when empty); variables may be left out.
        avoidOptionals: { field: true },
        skipTypename: true,
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};

export default config;
