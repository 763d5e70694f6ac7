import * as migration_20261125_121455_initial from './20261125_121455_initial';

export const migrations = [
  {
    up: migration_20261125_121455_initial.up,
    down: migration_20261125_121455_initial.down,
    name: '20261125_121455_initial'
  },
];
