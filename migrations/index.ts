import * as migration_20261125_123402_initial from './20261125_123402_initial';
import * as migration_20261125_125715_workflow from './20261125_125715_workflow';
import * as migration_20261125_131045_transition_note from './20261125_131045_transition_note';
import * as migration_20261125_131752_comments_and_jobs from './20261125_131752_comments_and_jobs';
import * as migration_20261125_134814_claims_and_sources from './20261125_134814_claims_and_sources';
import * as migration_20261125_140941_corrections from './20261125_140941_corrections';
import * as migration_20261125_143738_claim_public_log from './20261125_143738_claim_public_log';
import * as migration_20261125_150336_reader_site from './20261125_150336_reader_site';
import * as migration_20261201_204156_read_indexes from './20261201_204156_read_indexes';
import * as migration_20261201_205353_saved_by from './20261201_205353_saved_by';
import * as migration_20261202_055810_claim_detections from './20261202_055810_claim_detections';
import * as migration_20261202_064215_claim_recheck from './20261202_064215_claim_recheck';
import * as migration_20261202_065240_sweep_task from './20261202_065240_sweep_task';
import * as migration_20261202_134908_media_public_from from './20261202_134908_media_public_from';
import * as migration_20261202_165249_search_stems from './20261202_165249_search_stems';
import * as migration_20261202_200911_search_cover from './20261202_200911_search_cover';
import * as migration_20261203_053825_media_storage from './20261203_053825_media_storage';

export const migrations = [
  {
    up: migration_20261125_123402_initial.up,
    down: migration_20261125_123402_initial.down,
    name: '20261125_123402_initial',
  },
  {
    up: migration_20261125_125715_workflow.up,
    down: migration_20261125_125715_workflow.down,
    name: '20261125_125715_workflow',
  },
  {
    up: migration_20261125_131045_transition_note.up,
    down: migration_20261125_131045_transition_note.down,
    name: '20261125_131045_transition_note',
  },
  {
    up: migration_20261125_131752_comments_and_jobs.up,
    down: migration_20261125_131752_comments_and_jobs.down,
    name: '20261125_131752_comments_and_jobs',
  },
  {
    up: migration_20261125_134814_claims_and_sources.up,
    down: migration_20261125_134814_claims_and_sources.down,
    name: '20261125_134814_claims_and_sources',
  },
  {
    up: migration_20261125_140941_corrections.up,
    down: migration_20261125_140941_corrections.down,
    name: '20261125_140941_corrections',
  },
  {
    up: migration_20261125_143738_claim_public_log.up,
    down: migration_20261125_143738_claim_public_log.down,
    name: '20261125_143738_claim_public_log',
  },
  {
    up: migration_20261125_150336_reader_site.up,
    down: migration_20261125_150336_reader_site.down,
    name: '20261125_150336_reader_site',
  },
  {
    up: migration_20261201_204156_read_indexes.up,
    down: migration_20261201_204156_read_indexes.down,
    name: '20261201_204156_read_indexes',
  },
  {
    up: migration_20261201_205353_saved_by.up,
    down: migration_20261201_205353_saved_by.down,
    name: '20261201_205353_saved_by',
  },
  {
    up: migration_20261202_055810_claim_detections.up,
    down: migration_20261202_055810_claim_detections.down,
    name: '20261202_055810_claim_detections',
  },
  {
    up: migration_20261202_064215_claim_recheck.up,
    down: migration_20261202_064215_claim_recheck.down,
    name: '20261202_064215_claim_recheck',
  },
  {
    up: migration_20261202_065240_sweep_task.up,
    down: migration_20261202_065240_sweep_task.down,
    name: '20261202_065240_sweep_task',
  },
  {
    up: migration_20261202_134908_media_public_from.up,
    down: migration_20261202_134908_media_public_from.down,
    name: '20261202_134908_media_public_from',
  },
  {
    up: migration_20261202_165249_search_stems.up,
    down: migration_20261202_165249_search_stems.down,
    name: '20261202_165249_search_stems',
  },
  {
    up: migration_20261202_200911_search_cover.up,
    down: migration_20261202_200911_search_cover.down,
    name: '20261202_200911_search_cover',
  },
  {
    up: migration_20261203_053825_media_storage.up,
    down: migration_20261203_053825_media_storage.down,
    name: '20261203_053825_media_storage'
  },
];
