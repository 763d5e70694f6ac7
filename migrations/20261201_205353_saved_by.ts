import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_saved_by_idx\` ON \`articles\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_saved_by_idx\` ON \`_articles_v\` (\`version_saved_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`section_id\` integer,
  	\`fact_check_notes\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`stage\` text DEFAULT 'draft',
  	\`transition_note\` text,
  	\`assignees_writer_id\` integer,
  	\`assignees_fact_checker_id\` integer,
  	\`assignees_editor_id\` integer,
  	\`created_by_id\` integer,
  	\`published_at\` text,
  	\`embargo_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignees_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignees_fact_checker_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignees_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "hero_image_id", "section_id", "fact_check_notes", "generate_slug", "slug", "stage", "transition_note", "assignees_writer_id", "assignees_fact_checker_id", "assignees_editor_id", "created_by_id", "published_at", "embargo_until", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "section_id", "fact_check_notes", "generate_slug", "slug", "stage", "transition_note", "assignees_writer_id", "assignees_fact_checker_id", "assignees_editor_id", "created_by_id", "published_at", "embargo_until", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_section_idx\` ON \`articles\` (\`section_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_stage_idx\` ON \`articles\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`articles_assignees_assignees_writer_idx\` ON \`articles\` (\`assignees_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_assignees_assignees_fact_checker_idx\` ON \`articles\` (\`assignees_fact_checker_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_assignees_assignees_editor_idx\` ON \`articles\` (\`assignees_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_embargo_until_idx\` ON \`articles\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_createdAt_embargoUntil_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`,\`embargo_until\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_section_id\` integer,
  	\`version_fact_check_notes\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_transition_note\` text,
  	\`version_assignees_writer_id\` integer,
  	\`version_assignees_fact_checker_id\` integer,
  	\`version_assignees_editor_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_published_at\` text,
  	\`version_embargo_until\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignees_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignees_fact_checker_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignees_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_hero_image_id", "version_section_id", "version_fact_check_notes", "version_generate_slug", "version_slug", "version_stage", "version_transition_note", "version_assignees_writer_id", "version_assignees_fact_checker_id", "version_assignees_editor_id", "version_created_by_id", "version_published_at", "version_embargo_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_section_id", "version_fact_check_notes", "version_generate_slug", "version_slug", "version_stage", "version_transition_note", "version_assignees_writer_id", "version_assignees_fact_checker_id", "version_assignees_editor_id", "version_created_by_id", "version_published_at", "version_embargo_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_section_idx\` ON \`_articles_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_stage_idx\` ON \`_articles_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_assignees_version_assignees_writer_idx\` ON \`_articles_v\` (\`version_assignees_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_assignees_version_assignees_fact_che_idx\` ON \`_articles_v\` (\`version_assignees_fact_checker_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_assignees_version_assignees_editor_idx\` ON \`_articles_v\` (\`version_assignees_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_embargo_until_idx\` ON \`_articles_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`,\`version_embargo_until\`);`)
}
