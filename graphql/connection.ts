import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/** A verb's page as a GraphQL connection: edges, nodes, pageInfo and totalCount. */
export function toConnection<T>(page: { edges: { node: T; cursor: string }[]; hasNextPage: boolean; totalCount: number }) {
  return {
    edges: page.edges,
    nodes: page.edges.map((edge) => edge.node),
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null },
  };
}

/**
 * Whether the query selects `field` directly on the field being resolved, through fragments too:
 * a connection whose client does not ask for its totalCount need not count.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const within = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet.selections);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = info.fragments[name];
      return fragment ? within(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => within(node.selectionSet?.selections ?? []));
}
