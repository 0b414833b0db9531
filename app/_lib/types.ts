/** The shapes of GraphQL results the UI reads, and what each enum means on screen. */

export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';
export type SshProfile = 'MODERN' | 'LEGACY';
export type RepositoryKind = 'GIT' | 'FILESYSTEM';

export interface User {
  id: string;
  username: string;
  role: Role;
}

export interface RolePermissions {
  label: string;
  editDevices: boolean;
  /** Users, credential sets, repositories and API tokens. */
  administer: boolean;
}

export const rolePermissions: Record<Role, RolePermissions> = {
  VIEWER: { label: 'Viewer', editDevices: false, administer: false },
  OPERATOR: { label: 'Operator', editDevices: true, administer: false },
  ADMIN: { label: 'Admin', editDevices: true, administer: true },
};

export const sshProfileLabels: Record<SshProfile, { label: string; description: string }> = {
  MODERN: { label: 'Modern', description: 'Current key exchange and ciphers only.' },
  LEGACY: { label: 'Legacy', description: 'Also SHA-1 key exchange, ssh-rsa and CBC ciphers, for old gear.' },
};

export const repositoryKindLabels: Record<RepositoryKind, { label: string; description: string; usesGit: boolean }> = {
  GIT: { label: 'Git', description: 'Every backup is a commit; can push to a remote.', usesGit: true },
  FILESYSTEM: { label: 'Filesystem', description: 'Plain files in a folder; the latest backup only.', usesGit: false },
};

export interface BackupMethod {
  key: string;
  friendlyName: string;
  description: string;
  isBinary: boolean;
  platform: string;
}

export interface CredentialSet {
  id: string;
  name: string;
  username: string;
  hasPassword: boolean;
  hasEnableSecret: boolean;
  hasPrivateKey: boolean;
  hasPassphrase: boolean;
  deviceCount: number;
}

export interface Repository {
  id: string;
  name: string;
  kind: RepositoryKind;
  path: string;
  remoteUrl: string | null;
  hasRemoteToken: boolean;
  branch: string;
  pathTemplate: string;
  authorName: string;
  authorEmail: string;
  deviceCount: number;
}

export interface DeviceRow {
  id: string;
  name: string;
  host: string;
  port: number;
  backupMethod: string;
  backupMethodInfo: Pick<BackupMethod, 'friendlyName' | 'isBinary'> | null;
  location: string;
  tags: string[];
  enabled: boolean;
}

export interface Device extends DeviceRow {
  repository: Pick<Repository, 'id' | 'name'> | null;
  credentialSets: Pick<CredentialSet, 'id' | 'name'>[];
  sshProfile: SshProfile;
  keepSecrets: boolean;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
