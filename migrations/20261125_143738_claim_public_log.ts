import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`claims_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`claims_log_order_idx\` ON \`claims_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`claims_log_parent_id_idx\` ON \`claims_log\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`claims\` ADD \`public_note_kind\` text DEFAULT 'correction';`)
  await db.run(sql`ALTER TABLE \`claims\` ADD \`public_note_note\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`claims_log\`;`)
  await db.run(sql`ALTER TABLE \`claims\` DROP COLUMN \`public_note_kind\`;`)
  await db.run(sql`ALTER TABLE \`claims\` DROP COLUMN \`public_note_note\`;`)
}
