/**
 * What one GraphQL operation may ask for, checked before anything runs, for HTTP requests and
 * WebSocket operations alike; and the checks of its input that come with them (NUL characters,
 * nesting), and of who may introspect.
 *
 * Glossary:
 * - depth: how deeply selections nest (introspection's own nesting is left to the cost);
 * - aliases: renamed fields, which let one document ask for the same field many times;
 * - cost: an upper bound of the objects an answer can hold. An object costs 1 plus its fields;
 *   scalars and lists of stored scalars cost nothing (input rules and the response size cap bound
 *   them). A list multiplies the cost of one item by its size: its page argument (`first`, or
 *   `count` for computed lists of times, whose items cost 1 each), at most the page maximum, else
 *   its declared maximum (`listBounds`); an id-list argument (`deviceIds`) lowers it to its length.
 *   A connection's `nodes` and `edges` are sized by the connection's `first`. Some fields weigh
 *   more for the work behind them (`fieldWeights`), and so does each mutation.
 *
 * Every list of objects in the schema has a page argument or a declared maximum (limits.test.ts
 * checks it); the resolvers enforce the maximum, so the bound the cost assumes is the one answers keep.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  isUnionType,
  parse,
  validate,
  visit,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_LINES_PER_VERSION } from '../db/config-search/match-lines.ts';
import { MAX_SEARCH_PAGE, MAX_VERSIONS_PER_DEVICE } from '../db/config-search/search-configs.ts';
import { MAX_DEVICE_CREDENTIAL_SETS } from '../db/devices/device-input.ts';
import { MAX_DEVICE_VARIABLES } from '../db/devices/device-variables.ts';
import { MAX_IMPORT_ROWS } from '../db/devices/import-devices.ts';
import { MAX_PAGE } from '../db/pagination.ts';

export const limits = {
  /** A request body (HTTP) or message (WebSocket). */
  maxBodyBytes: 5 * 1024 * 1024,
  /** Lexical tokens in one document; the UI's largest has about 150. */
  maxTokens: 5_000,
  /** Selections with fragments expanded, checked by Apollo before the other validation rules. */
  maxSelections: 10_000,
  maxDepth: 10,
  maxAliases: 30,
  maxCost: 50_000,
  /** An answer over this is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: 10 * 1024 * 1024,
  /** Objects and lists nested in a request's variables. */
  maxInputDepth: 32,
} as const;

export type IntrospectionMode = 'signed-in' | 'everyone' | 'off';

/** The most items a list of objects without a page argument returns, keyed `Type.field`. */
export const listBounds = {
  'Query.apiTokens': 1_000,
  'Query.backupMethods': 200,
  'BackupMethod.optionFields': 20,
  'BackupMethodProof.recordings': 100,
  'BackupMethodProof.cases': 100,
  'Query.credentialSets': 200,
  'Query.repositories': 200,
  'Query.schedules': 200,
  'Repository.retentionPolicies': 200,
  'Query.notificationChannels': 200,
  'Query.notificationRules': 200,
  'NotificationRule.channels': 20,
  'Query.inventorySources': 200,
  'Query.inventoryPlatformDefaults': 200,
  'InventorySync.created': 500,
  'InventorySync.updated': 500,
  'InventorySync.orphans': 500,
  'InventorySync.conflicts': 500,
  'InventorySyncUpdate.changes': 9,
  'TimestampUpdate.errors': 1_000,
  'Query.users': 500,
  'Dashboard.activeRuns': 20,
  'Dashboard.failedRuns': 10,
  'Dashboard.dailySuccess': 30,
  'ConfigSearchDevice.versions': MAX_VERSIONS_PER_DEVICE,
  'Device.credentialSets': MAX_DEVICE_CREDENTIAL_SETS,
  'Device.variables': MAX_DEVICE_VARIABLES,
  'ImportDevicesResult.devices': MAX_IMPORT_ROWS,
  'ImportDevicesResult.errors': MAX_IMPORT_ROWS,
  'ImportDevicesResult.detections': MAX_IMPORT_ROWS,
  'RunDevice.stages': 50,
  'RunResult.failedDevices': 10_000,
  'RunResult.credentialInfo': 10_000,
} as const satisfies Record<string, number>;

/** The largest page a page argument may ask for, where it is not MAX_PAGE. */
export const pageMaximums = {
  'Run.events': 10_000,
  'Dashboard.mostChangedDevices': 100,
  'Query.configSearch': MAX_SEARCH_PAGE,
  'ConfigSearchVersion.lines': MAX_LINES_PER_VERSION,
  'Schedule.nextRuns': 100,
  'Query.previewSchedule': 100,
  'Query.notificationDeliveries': 200,
} as const satisfies Record<string, number>;

/** Extra cost for the work behind a field (files read, diffs computed, remotes contacted). */
const fieldWeights: Record<string, number> = {
  'Query.backupContent': 100,
  'Query.configSearch': 100,
  'Query.diffBackups': 100,
  'Query.testRepository': 100,
};
const MUTATION_WEIGHT = 10;

const pageArguments = ['first', 'count'];

/** Items the introspection lists can hold, measured on the schema itself. */
function introspectionBounds(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const most = (count: (type: (typeof types)[number]) => number) => Math.max(1, ...types.map(count));
  const fieldsOf = (type: (typeof types)[number]) =>
    isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
  return {
    '__Schema.types': types.length,
    '__Schema.directives': schema.getDirectives().length,
    '__Type.fields': most((t) => fieldsOf(t).length),
    '__Type.inputFields': most((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)),
    '__Type.enumValues': most((t) => (isEnumType(t) ? t.getValues().length : 0)),
    '__Type.interfaces': most((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)),
    '__Type.possibleTypes': most((t) => (isUnionType(t) || isInterfaceType(t) ? schema.getPossibleTypes(t).length : 0)),
    '__Field.args': most((t) => Math.max(0, ...fieldsOf(t).map((f) => f.args.length))),
    '__Directive.args': Math.max(1, ...schema.getDirectives().map((d) => d.args.length)),
  };
}

function pageSize(key: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | null {
  for (const name of pageArguments) {
    const argument = field.args.find((a) => a.name === name);
    if (!argument) continue;
    const asked = args[name] ?? argument.defaultValue;
    const size = typeof asked === 'number' ? asked : MAX_PAGE;
    return Math.min(Math.max(size, 0), (pageMaximums as Record<string, number>)[key] ?? MAX_PAGE);
  }
  return null;
}

/** An id-list argument (`deviceIds`) narrows a list to at most that many items. */
function narrowedByIds(size: number, args: Record<string, unknown>): number {
  for (const [name, value] of Object.entries(args)) {
    if (name.endsWith('Ids') && Array.isArray(value)) size = Math.min(size, value.length);
  }
  return size;
}

/** Costs an operation; what lies under `__schema` and `__type` goes to `tally.introspection` instead. */
function createEstimator(schema: GraphQLSchema, bounds: Record<string, number>, tally: { introspection: number }): ComplexityEstimator {
  const mutationType = schema.getMutationType();
  const rootTypes = new Set([schema.getQueryType(), mutationType, schema.getSubscriptionType()]);
  return ({ type, field, args, childComplexity }) => {
    const key = `${type.name}.${field.name}`;
    if (rootTypes.has(type as never) && field.name.startsWith('__') && field.name !== '__typename') {
      tally.introspection += 1 + childComplexity;
      return 0;
    }
    const own = (fieldWeights[key] ?? 0) + (type === mutationType ? MUTATION_WEIGHT : 0);
    const isList = isListType(getNullableType(field.type));
    const leaf = isLeafType(getNamedType(field.type));
    const page = pageSize(key, field, args);
    if (page !== null) return own + narrowedByIds(page, args) * (leaf ? 1 : 1 + childComplexity);
    if (leaf) return own;
    const item = 1 + childComplexity;
    if (!isList || type.name.endsWith('Connection')) return own + item;
    const bound = bounds[key];
    // A new list field without a page argument or a declared maximum: refuse rather than guess.
    if (bound === undefined) throw new GraphQLError(`${key} is a list without a declared maximum`);
    return own + narrowedByIds(bound, args) * item;
  };
}

/** Every list of objects in the schema that has neither a page argument nor a declared maximum. */
export function unboundedLists(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type)) || type.name.endsWith('Connection')) continue;
      if (field.args.some((a) => pageArguments.includes(a.name)) || key in listBounds) continue;
      missing.push(key);
    }
  }
  return missing;
}

function tooComplex(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions, http: { status: 400 } } });
}

const tooManyTokens = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens/;

/** The parse error of a document over limits.maxTokens, as the QUERY_TOO_COMPLEX it stands for. */
export function tokenLimitError(message: string): GraphQLError | null {
  return tooManyTokens.test(message) ? tooComplex(`The document has more than ${limits.maxTokens} tokens: send a smaller one`, { limit: limits.maxTokens }) : null;
}

/** A request refused before it runs, as a client error (HTTP 400 over HTTP). */
export function refused(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/**
 * What is wrong with a client's variables, or null: a string or key holding a NUL character, or
 * values nested deeper than limits.maxInputDepth. Walks with its own stack: the variables are a
 * client's JSON and may nest deeper than the call stack goes (JSON.stringify would overflow on them).
 */
function inputProblem(root: unknown): { path: string; problem: string } | null {
  type Step = { value: unknown; key: string; parent: Step | null; depth: number };
  const pathOf = (step: Step): string => {
    const keys: string[] = [];
    for (let at: Step | null = step; at?.parent; at = at.parent) keys.unshift(at.key);
    return keys.join('.');
  };
  const stack: Step[] = [{ value: root, key: '', parent: null, depth: 0 }];
  while (stack.length) {
    const step = stack.pop()!;
    const { value } = step;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { path: pathOf(step), problem: 'must not contain a NUL character' };
    } else if (value && typeof value === 'object') {
      if (step.depth > limits.maxInputDepth) return { path: pathOf(step), problem: `nests deeper than ${limits.maxInputDepth} levels` };
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes('\u0000')) return { path: pathOf(step) || '$', problem: 'must not contain a NUL character' };
        stack.push({ value: inner, key, parent: step, depth: step.depth + 1 });
      }
    }
  }
  return null;
}

/**
 * NUL cannot be stored in PostgreSQL text and has no use in any field, so a request with one in a
 * variable or a string literal is refused before it runs, naming where it was; so are variables
 * nested past limits.maxInputDepth.
 */
export function checkInputValues(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | null {
  const inVariables = inputProblem(variables ?? {});
  if (inVariables) return refused('BAD_USER_INPUT', `$${inVariables.path}: ${inVariables.problem}`, { field: inVariables.path });
  let inDocument: string | null = null;
  visit(document, {
    Argument(node) {
      if (inDocument) return;
      let found = false;
      visit(node.value, {
        StringValue(value) {
          found ||= value.value.includes('\u0000');
        },
      });
      if (found) inDocument = node.name.value;
    },
  });
  return inDocument ? refused('BAD_USER_INPUT', `${inDocument}: must not contain a NUL character`, { field: inDocument }) : null;
}

function reportTo(context: ValidationContext | null, error: GraphQLError) {
  context?.reportError(tooComplex(error.message.replace(/^Syntax Error: /, '')));
}

type Operation = { document: DocumentNode; operationName?: string | null; variables?: Record<string, unknown> | null };

export interface OperationLimits {
  /** The error to answer instead of running the operation, or null when it may run. */
  check(operation: Operation): GraphQLError | null;
  /** The cost of an operation, and of its introspection part, which has its own limit. */
  cost(operation: Operation): { cost: number; introspection: number };
  /** The limit of an operation's introspection part: twice what the standard introspection query may cost. */
  introspectionLimit: number;
  /** Refuses introspection to callers the mode does not allow it to. */
  checkIntrospection(document: DocumentNode, caller: { kind: string }): GraphQLError | null;
  /**
   * Every check, for a transport without Apollo's pipeline (graphql-ws): parses within maxTokens,
   * applies the limits before validating (so a fragment bomb never reaches validation), then
   * validates and refuses NUL input and introspection the caller may not do. Answers the
   * document to run, or the errors to send instead.
   */
  prepare(
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    caller: { kind: string },
  ): { document: DocumentNode; operationName?: string; variableValues?: Record<string, unknown> } | GraphQLError[];
}

/** The same error without its HTTP status, for a transport that has none. */
function withoutHttp(error: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions });
}

export function createOperationLimits(schema: GraphQLSchema, options: { introspection: IntrospectionMode }): OperationLimits {
  const bounds: Record<string, number> = { ...introspectionBounds(schema), ...listBounds };
  const shapeRules = [
    maxDepthRule({ n: limits.maxDepth, propagateOnRejection: false, onReject: [reportTo] }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reportTo] }),
  ];
  const cost: OperationLimits['cost'] = ({ document, operationName, variables }) => {
    const tally = { introspection: 0 };
    const estimators = [createEstimator(schema, bounds, tally)];
    const total = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators });
    return { cost: total, introspection: tally.introspection };
  };
  const standardIntrospection = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
  const introspectionLimit = 2 * cost({ document: standardIntrospection }).introspection;

  const limited: OperationLimits = {
    cost,
    introspectionLimit,
    check(operation) {
      const [shape] = validate(schema, operation.document, shapeRules);
      if (shape) return shape;
      let measured: ReturnType<typeof cost>;
      try {
        measured = cost(operation);
      } catch (error) {
        // Variables that do not fit their types: execution refuses them before any resolver runs.
        if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return null;
        if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
          return tooComplex('The query has too many selections once its fragments are expanded');
        }
        throw error;
      }
      if (measured.cost > limits.maxCost) {
        return tooComplex(
          `The query could return up to ${measured.cost} objects, over the limit of ${limits.maxCost}: ask for smaller pages (first) or fewer nested lists`,
          { cost: measured.cost, limit: limits.maxCost },
        );
      }
      if (measured.introspection > introspectionLimit) {
        return tooComplex(`The introspection could return up to ${measured.introspection} objects, over the limit of ${introspectionLimit}`, {
          cost: measured.introspection,
          limit: introspectionLimit,
        });
      }
      return null;
    },
    prepare(payload, caller) {
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: limits.maxTokens });
      } catch (error) {
        if (error instanceof GraphQLError) {
          const tooLong = tokenLimitError(error.message);
          return [tooLong ? withoutHttp(tooLong) : new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        throw error;
      }
      const operation = { document, operationName: payload.operationName, variables: payload.variables };
      const refusal = limited.check(operation);
      if (refusal) return [withoutHttp(refusal)];
      const invalid = validate(schema, document);
      if (invalid.length) return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
      const refused = limited.checkIntrospection(document, caller) ?? checkInputValues(document, payload.variables ?? undefined);
      if (refused) return [withoutHttp(refused)];
      return { document, operationName: payload.operationName ?? undefined, variableValues: payload.variables ?? undefined };
    },
    checkIntrospection(document, caller) {
      if (options.introspection === 'everyone') return null;
      if (options.introspection === 'signed-in' && caller.kind !== 'anonymous') return null;
      const [asked] = validate(schema, document, [NoSchemaIntrospectionCustomRule]);
      if (!asked) return null;
      return options.introspection === 'off'
        ? refused('GRAPHQL_VALIDATION_FAILED', 'Introspection is turned off on this server (TIDEMARK_INTROSPECTION)')
        : refused('UNAUTHENTICATED', 'Introspection needs a signed-in caller: log in or send an API token');
    },
  };
  return limited;
}
