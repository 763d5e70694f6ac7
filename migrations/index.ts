import * as migration_20261125_123402_initial from './20261125_123402_initial';
import * as migration_20261125_125715_workflow from './20261125_125715_workflow';
import * as migration_20261125_131045_transition_note from './20261125_131045_transition_note';

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
    name: '20261125_131045_transition_note'
  },
];
