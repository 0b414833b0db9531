import { pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const repositoryKinds = ['git', 'filesystem'] as const;
export type RepositoryKind = (typeof repositoryKinds)[number];
export const repositoryKindEnum = pgEnum('repository_kind', repositoryKinds);

export const defaultPathTemplate = '{location}/{device}/{artifact}';

export const repositories = pgTable('repositories', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  kind: repositoryKindEnum('kind').notNull(),
  /** Local folder: the git work tree or the filesystem root. */
  path: text('path').notNull(),
  remoteUrl: text('remote_url'),
  remoteTokenSealed: text('remote_token_sealed'),
  branch: text('branch').notNull().default('main'),
  pathTemplate: text('path_template').notNull().default(defaultPathTemplate),
  authorName: text('author_name').notNull().default('Tidemark'),
  authorEmail: text('author_email').notNull().default('tidemark@localhost'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Repository = typeof repositories.$inferSelect;
