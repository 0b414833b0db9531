/** A verb's page as a GraphQL connection: edges, nodes, pageInfo and totalCount. */
export function toConnection<T>(page: { edges: { node: T; cursor: string }[]; hasNextPage: boolean; totalCount: number }) {
  return {
    edges: page.edges,
    nodes: page.edges.map((edge) => edge.node),
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null },
  };
}
