// The Mirsad mark (a ring around a pupil: the observatory) for the admin's navigation and login screen.

function Mark({ size, label }: { size: number; label?: string }) {
  return (
    <svg viewBox="0 0 64 64" width={size} height={size} role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      <rect width="64" height="64" rx="12" fill="#9c2a1c" />
      <circle cx="32" cy="32" r="17" fill="none" stroke="#fbfaf7" strokeWidth="6" />
      <circle cx="32" cy="32" r="6" fill="#fbfaf7" />
    </svg>
  )
}

export function MirsadIcon() {
  return <Mark size={28} label="مرصد" />
}

export function MirsadLogo({ i18n }: { i18n?: { language?: string } }) {
  const english = i18n?.language === 'en'
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <Mark size={56} />
      <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.2 }}>
        <strong style={{ fontSize: '2rem', color: '#9c2a1c' }}>مرصد</strong>
        <span lang={english ? 'en' : 'ar'} style={{ fontSize: '0.9rem', opacity: 0.7 }}>
          {english ? 'Mirsad newsroom' : 'غرفة أخبار مرصد'}
        </span>
      </span>
    </span>
  )
}
