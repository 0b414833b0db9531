/** GraphQL leaves omitted input fields out but passes explicit nulls; verbs treat both as "not given". */
export function withoutNulls<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as never;
}

type AsVerbTakes<T> = { [K in keyof T]: unknown extends T[K] ? Record<string, unknown> : Exclude<T[K], null> };

/**
 * GraphQL's input types are looser than the verbs' in two ways: a field may be null where the verb
 * takes "optional, never null" (the SDL cannot declare that, e.g. `UpdateRepositoryInput.name`),
 * and a JSON field may hold any value where the verb takes an object (`options`). Each verb parses
 * its input and refuses such a value with BAD_USER_INPUT naming the field, so the input is handed
 * on unchanged and only its type is narrowed to what the verb takes.
 */
export function checkedByVerb<T extends object>(input: T): AsVerbTakes<T> {
  return input as never;
}
