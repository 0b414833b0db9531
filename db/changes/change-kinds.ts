/** A new version is an artifact's first backup (`initial`) or a change from the version before. */
export const changeKinds = ['initial', 'changed'] as const;
export type ChangeKind = (typeof changeKinds)[number];
