import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { refreshAllMediaVisibility } from '../src/collections/Media/visibility'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_from\` text;`)
  await db.run(sql`CREATE INDEX \`media_public_from_idx\` ON \`media\` (\`public_from\`);`)
  // Pictures already shown by published articles stay public; every other one becomes staff-only.
  await refreshAllMediaVisibility(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_public_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_from\`;`)
}
