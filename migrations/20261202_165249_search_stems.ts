import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { analyzedText } from '../src/lib/arabic/analyze'
import { normalizeArabic } from '../src/lib/arabic/normalize'

// Reader search by word and stem, ranked over the whole archive (src/db/search.ts): the trigram index over one
// normal form gives way to an FTS5 index over the analysed parts of each entry, one column per weight.
// Entries already indexed are analysed here; after a change of the analyser, `npm run search:reindex` redoes them.

type StoredEntry = { id: number; title: string | null; dek: string | null; body: string | null; extra: string | null }

const FTS_COLUMNS = '`title_stems`, `dek_stems`, `extra_stems`, `body_stems`'
const columnsOf = (row: 'new' | 'old') => `${row}.\`title_stems\`, ${row}.\`dek_stems\`, ${row}.\`extra_stems\`, ${row}.\`body_stems\``

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER \`search_entries_fts_update\`;`)
  await db.run(sql`DROP TRIGGER \`search_entries_fts_delete\`;`)
  await db.run(sql`DROP TRIGGER \`search_entries_fts_insert\`;`)
  await db.run(sql`DROP TABLE \`search_entries_fts\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`title_stems\` text;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`dek_stems\` text;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`extra_stems\` text;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`body_stems\` text;`)
  // Claims and places were kept in normal form only; analysing the normal form gives the same stems.
  const entries = await db.all<StoredEntry>(sql`SELECT id, title, dek, body, extra_norm AS extra FROM \`search_entries\`;`)
  for (const entry of entries) {
    await db.run(
      sql`UPDATE \`search_entries\` SET \`title_stems\` = ${analyzedText(entry.title ?? '')}, \`dek_stems\` = ${analyzedText(entry.dek ?? '')},
        \`extra_stems\` = ${analyzedText(entry.extra ?? '')}, \`body_stems\` = ${analyzedText(entry.body ?? '')} WHERE id = ${entry.id};`,
    )
  }
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`title_norm\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`dek_norm\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`body_norm\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`extra_norm\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`all_norm\`;`)
  // unicode61 splits at the spaces between stems and keeps Arabic letters whole; our analysis has already folded
  // what remove_diacritics would. Prefix indexes of 2 and 3 letters make the word being typed cheap.
  await db.run(
    sql.raw(
      `CREATE VIRTUAL TABLE \`search_entries_fts\` USING fts5(${FTS_COLUMNS}, content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3');`,
    ),
  )
  await db.run(sql.raw(`CREATE TRIGGER \`search_entries_fts_insert\` AFTER INSERT ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(rowid, ${FTS_COLUMNS}) VALUES (new.\`id\`, ${columnsOf('new')}); END;`))
  await db.run(
    sql.raw(
      `CREATE TRIGGER \`search_entries_fts_delete\` AFTER DELETE ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`, rowid, ${FTS_COLUMNS}) VALUES ('delete', old.\`id\`, ${columnsOf('old')}); END;`,
    ),
  )
  await db.run(
    sql.raw(
      `CREATE TRIGGER \`search_entries_fts_update\` AFTER UPDATE ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`, rowid, ${FTS_COLUMNS}) VALUES ('delete', old.\`id\`, ${columnsOf('old')}); ` +
        `INSERT INTO \`search_entries_fts\`(rowid, ${FTS_COLUMNS}) VALUES (new.\`id\`, ${columnsOf('new')}); END;`,
    ),
  )
  await db.run(sql`INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`) VALUES ('rebuild');`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER \`search_entries_fts_update\`;`)
  await db.run(sql`DROP TRIGGER \`search_entries_fts_delete\`;`)
  await db.run(sql`DROP TRIGGER \`search_entries_fts_insert\`;`)
  await db.run(sql`DROP TABLE \`search_entries_fts\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`title_norm\` text;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`dek_norm\` text;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`body_norm\` text;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`extra_norm\` text;`)
  await db.run(sql`ALTER TABLE \`search_entries\` ADD \`all_norm\` text;`)
  // The claims' and places' own text was not kept: their stems stand in for it (the same words while stemming is light).
  const entries = await db.all<StoredEntry>(sql`SELECT id, title, dek, body, extra_stems AS extra FROM \`search_entries\`;`)
  for (const entry of entries) {
    const [title, dek, body, extra] = [entry.title, entry.dek, entry.body, entry.extra].map((text) => normalizeArabic(text ?? ''))
    await db.run(
      sql`UPDATE \`search_entries\` SET \`title_norm\` = ${title}, \`dek_norm\` = ${dek}, \`body_norm\` = ${body}, \`extra_norm\` = ${extra},
        \`all_norm\` = ${[title, dek, body, extra].join(' ')} WHERE id = ${entry.id};`,
    )
  }
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`title_stems\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`dek_stems\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`extra_stems\`;`)
  await db.run(sql`ALTER TABLE \`search_entries\` DROP COLUMN \`body_stems\`;`)
  await db.run(sql`CREATE VIRTUAL TABLE \`search_entries_fts\` USING fts5(\`all_norm\`, content='search_entries', content_rowid='id', tokenize='trigram');`)
  await db.run(sql`CREATE TRIGGER \`search_entries_fts_insert\` AFTER INSERT ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(rowid, \`all_norm\`) VALUES (new.\`id\`, new.\`all_norm\`); END;`)
  await db.run(sql`CREATE TRIGGER \`search_entries_fts_delete\` AFTER DELETE ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`, rowid, \`all_norm\`) VALUES ('delete', old.\`id\`, old.\`all_norm\`); END;`)
  await db.run(sql`CREATE TRIGGER \`search_entries_fts_update\` AFTER UPDATE ON \`search_entries\` BEGIN INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`, rowid, \`all_norm\`) VALUES ('delete', old.\`id\`, old.\`all_norm\`); INSERT INTO \`search_entries_fts\`(rowid, \`all_norm\`) VALUES (new.\`id\`, new.\`all_norm\`); END;`)
  await db.run(sql`INSERT INTO \`search_entries_fts\`(\`search_entries_fts\`) VALUES ('rebuild');`)
}
