import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { revalidateEverything } from '@/data/revalidate'
import { DIGIT_STYLES, isTimeZone } from '@/lib/dates'

/** Site-wide choices the desk makes: how numbers are written in dates and which clock the newsroom keeps. */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: { ar: 'إعدادات الموقع', en: 'Site settings' },
  // No «API» tab (an English word and raw JSON): developers have the REST API itself.
  admin: { group: { ar: 'غرفة الأخبار', en: 'Newsroom' }, hideAPIURL: true },
  access: { read: anyone, update: isEditorOrAdmin },
  // Every date on every page follows these settings.
  hooks: { afterChange: [revalidateEverything] },
  fields: [
    {
      name: 'digits',
      type: 'select',
      required: true,
      defaultValue: 'latn',
      label: { ar: 'الأرقام في التواريخ العربية', en: 'Digits in Arabic dates' },
      options: Object.entries(DIGIT_STYLES).map(([value, label]) => ({ value, label })),
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: 'Africa/Bamako',
      label: { ar: 'المنطقة الزمنية لغرفة الأخبار', en: 'Newsroom time zone' },
      admin: { description: { ar: 'اسم من قاعدة IANA، مثل Africa/Bamako أو Asia/Beirut.', en: 'An IANA name such as Africa/Bamako or Asia/Beirut.' } },
      validate: (value: unknown) =>
        isTimeZone(value) || 'منطقة زمنية غير معروفة: اكتب اسمًا مثل Africa/Bamako / Unknown time zone: use a name such as Africa/Bamako',
    },
  ],
}
