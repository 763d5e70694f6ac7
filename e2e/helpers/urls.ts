export const SEED_PASSWORD = process.env.SEED_PASSWORD || 'mirsad-demo-2025'

export const accounts = {
  admin: 'admin@mirsad.local',
  editor: 'editor@mirsad.local',
  writer: 'writer@mirsad.local',
  checker: 'checker@mirsad.local',
} as const

export const DIOURA_TITLE = 'جماعة مسلحة تعلن السيطرة على معسكر للجيش المالي في جورا وتتحدث عن 40 قتيلًا'

export const SCREENSHOT_DIR = 'test-results/screenshots'
