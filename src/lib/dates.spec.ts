import { describe, expect, it } from 'vitest'

import { formatPublishedDate, formatRelativeDate, isTimeZone, formatAdminDate } from './dates'

const ISO = '2025-05-23T13:05:00.000Z'

describe('dates', () => {
  it('should write Arabic dates with the digits the newsroom chose, on its clock', () => {
    const western = formatPublishedDate(ISO, 'ar', { timeZone: 'Africa/Bamako', digits: 'latn' })
    expect(western).toContain('23')
    expect(western).toContain('مايو')
    expect(western).toMatch(/1:05/)
    const eastern = formatPublishedDate(ISO, 'ar', { timeZone: 'Asia/Beirut', digits: 'arab' })
    expect(eastern).toContain('٢٣')
    expect(eastern).toMatch(/٤:٠٥/)
    expect(formatPublishedDate(ISO, 'en', { timeZone: 'UTC', digits: 'arab' })).toBe('May 23, 2025 at 1:05 PM')
  })

  it('should say how long ago within the week, and give the date after that', () => {
    const now = new Date('2025-05-23T15:05:00.000Z')
    expect(formatRelativeDate(ISO, 'ar', now)).toBe('قبل ساعتين')
    expect(formatRelativeDate(ISO, 'en', now)).toBe('2 hours ago')
    expect(formatRelativeDate(ISO, 'en', new Date('2025-05-23T13:05:20.000Z'))).toBe('this minute')
    expect(formatRelativeDate(ISO, 'en', new Date('2025-06-23T13:05:00.000Z'))).toBe(formatPublishedDate(ISO, 'en'))
  })

  it('should know a time zone from a typo', () => {
    expect(isTimeZone('Africa/Bamako')).toBe(true)
    expect(isTimeZone('Africa/Bamakko')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })
})

describe('admin dates', () => {
  it('should put the day before the month, in Western digits and a 24-hour clock', () => {
    expect(formatAdminDate('2026-12-02T18:05:00.000Z', 'UTC')).toBe('02/12/2026 18:05')
    expect(formatAdminDate('2026-12-02T23:30:00.000Z', 'Africa/Bamako')).toBe('02/12/2026 23:30')
  })
})
