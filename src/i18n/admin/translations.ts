// The admin's own words, through Payload's custom translations (`t('mirsad:…')`): one table per language, so a
// person reading Arabic gets Arabic only, and the reverse.

const ar = {
  workflowTitle: 'سير العمل',
  stageNow: 'المرحلة الآن',
  noteLabel: 'ملاحظة على النقل',
  noteRequiredReturn: 'اكتب سبب الإعادة: يقرؤه الكاتب في سجل المراحل.',
  noteRequiredSkip: 'تعتمد المقال دون المرور بالتحقق: اكتب السبب، ويبقى في سجل المراحل.',
  noteOptional: 'اختيارية: تُحفظ في سجل المراحل مع النقل.',
  confirm: 'تأكيد',
  cancel: 'إلغاء',
  moving: 'جارٍ النقل…',
  savingFirst: 'يُحفظ النص أولًا…',
  refused: 'لم يتم النقل',
  undo: 'تراجع عن «{{move}}»',
  undoHint: 'يمكنك التراجع عن نقلك خلال دقائق.',
  claimsCount: 'الادعاءات: {{claims}}، لم يُحسم منها: {{unresolved}}',
  detectionNotRun: 'لم يُشغَّل «اكتشاف الادعاءات» على هذا النص بعد.',
  detectionStale: 'تغيّر النص بعد آخر تشغيل لـ«اكتشاف الادعاءات».',
  detectionOpen: '{{count}} من اقتراحات المكتشف لم تُقبل ولم تُستبعد.',
  detectionSettled: 'عولجت كل اقتراحات المكتشف على النص الحالي.',
  noMoves: 'لا نقل متاحًا لك من هذه المرحلة.',
  writerLocked: 'أُرسل المقال ولم يعد بين يديك: لا يتغير حتى يُعاد إليك.',
  saveFailed: 'لم يُحفظ آخر تعديل',
  saveFailedHint: 'ما كتبته ما زال في الصفحة. أعد المحاولة، أو انسخه قبل أن تغادر.',
  connectionLost: 'انقطع الاتصال بالخادم.',
  retry: 'أعد المحاولة',
  retrying: 'جارٍ الحفظ…',
}

export type AdminTextKey = keyof typeof ar

const en: Record<AdminTextKey, string> = {
  workflowTitle: 'Workflow',
  stageNow: 'Stage now',
  noteLabel: 'Note for this move',
  noteRequiredReturn: 'Say why it goes back: the writer reads it in the stage history.',
  noteRequiredSkip: 'You are approving without fact-check: say why; it stays in the stage history.',
  noteOptional: 'Optional: kept in the stage history with the move.',
  confirm: 'Confirm',
  cancel: 'Cancel',
  moving: 'Moving…',
  savingFirst: 'Saving the text first…',
  refused: 'The move was refused',
  undo: 'Undo “{{move}}”',
  undoHint: 'You can take your move back for a few minutes.',
  claimsCount: 'Claims: {{claims}}, unresolved: {{unresolved}}',
  detectionNotRun: '“Detect claims” has not run on this text yet.',
  detectionStale: 'The text changed after “Detect claims” last ran.',
  detectionOpen: '{{count}} of the detector’s proposals are neither accepted nor dismissed.',
  detectionSettled: 'Every proposal of the detector on the current text is dealt with.',
  noMoves: 'No move is open to you from this stage.',
  writerLocked: 'The article has been submitted and is no longer with you: it cannot change until it is returned.',
  saveFailed: 'Your last change was not saved',
  saveFailedHint: 'What you wrote is still on the page. Try again, or copy it before you leave.',
  connectionLost: 'The connection to the server was lost.',
  retry: 'Try again',
  retrying: 'Saving…',
}

// Payload's own Arabic, where it is wrong: a misspelling, "local site" for a language, an English string, a
// translator's prompt left in, and sentences whose word order breaks around a label.
const payloadArabic = {
  general: {
    createNew: 'إنشاء جديد',
    successfullyCreated: 'تم إنشاء {{label}} بنجاح.',
    successfullyDuplicated: 'تم استنساخ {{label}} بنجاح.',
    trashedCountSuccessfully: 'نُقل {{count}} من {{label}} إلى سلة المهملات.',
    restoring: 'جارٍ الاستعادة…',
  },
  fields: { toggleBlock: 'إظهار الكتلة أو إخفاؤها' },
  localization: { copyToLocale: 'نسخ إلى لغة أخرى', selectLocaleToCopy: 'اختر اللغة التي تنسخ إليها' },
  // «قبل دقيقتان»: the distance comes in the nominative, so it is the subject here («مضى على آخر حفظ دقيقتان»).
  version: { lastSavedAgo: 'مضى على آخر حفظ {{distance}}', versionAgo: 'مضى عليها {{distance}}', restoredSuccessfully: 'تمت الاستعادة بنجاح.', scheduledSuccessfully: 'تمت الجدولة بنجاح.', unpublishedSuccessfully: 'أُلغي النشر بنجاح.' },
}

export const adminTranslations = { ar: { mirsad: ar, ...payloadArabic }, en: { mirsad: en } }
