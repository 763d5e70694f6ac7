import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`articles_corrections_locales_parent_idx\` ON \`articles_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_createdAt_embargoUntil_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`,\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_locales_parent_idx\` ON \`_articles_v_version_corrections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`claims_locales_parent_idx\` ON \`claims_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_locales_parent_idx\` ON \`sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_locales_parent_idx\` ON \`sections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tags_locales_parent_idx\` ON \`tags_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`places_locales_parent_idx\` ON \`places_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_locales_parent_idx\` ON \`users_locales\` (\`_parent_id\`);`)
  // Reader search (src/db/search.ts): a trigram index over each entry's normal form, kept by the database.
  await db.run(sql`CREATE VIRTUAL TABLE \`search_entries_fts\` USING fts5(\`all_norm\`, content='search_entries', content_rowid='id', tokenize='trigram');`)
  await db.run(sql`CREATE TRIGGER \`search_entries_fts_insert\` AFTER INSERT ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(rowid, \`all_norm\`) VALUES (new.\`id\`, new.\`all_norm\`); END;`)
  await db.run(sql`CREATE TRIGGER \`search_entries_fts_delete\` AFTER DELETE ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`, rowid, \`all_norm\`) VALUES ('delete', old.\`id\`, old.\`all_norm\`); END;`)
  await db.run(sql`CREATE TRIGGER \`search_entries_fts_update\` AFTER UPDATE ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`, rowid, \`all_norm\`) VALUES ('delete', old.\`id\`, old.\`all_norm\`); INSERT INTO \`search_entries_fts\`(rowid, \`all_norm\`) VALUES (new.\`id\`, new.\`all_norm\`); END;`)
  await db.run(sql`INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`) VALUES ('rebuild');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER \`search_entries_fts_update\`;`)
  await db.run(sql`DROP TRIGGER \`search_entries_fts_delete\`;`)
  await db.run(sql`DROP TRIGGER \`search_entries_fts_insert\`;`)
  await db.run(sql`DROP TABLE \`search_entries_fts\`;`)
  await db.run(sql`DROP INDEX \`articles_corrections_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_createdAt_embargoUntil_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_corrections_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`claims_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sections_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`tags_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`places_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`users_locales_parent_idx\`;`)
}
