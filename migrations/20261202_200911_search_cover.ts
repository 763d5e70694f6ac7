import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`search_entries_locale_idx\`;`)
  await db.run(sql`CREATE INDEX \`locale_embargoUntil_publishedAt_idx\` ON \`search_entries\` (\`locale\`,\`embargo_until\`,\`published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`locale_embargoUntil_publishedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`search_entries_locale_idx\` ON \`search_entries\` (\`locale\`);`)
}
