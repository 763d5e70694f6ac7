'use client'

import { useConfig, useDocumentInfo, useForm, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'

import type { AdminTextKey } from '@/i18n/admin/translations'

// What the admin's own client components share: their words, saving the open article as a draft, and reading a
// refusal's reasons out of Payload's answer.

/** The interface's language and its words from src/i18n/admin (`mirsad:` translations). */
export function useAdminText() {
  const { i18n, t } = useTranslation()
  const language: 'ar' | 'en' = i18n.language === 'en' ? 'en' : 'ar'
  const text = (key: AdminTextKey, values?: Record<string, string | number>) => (t as (key: string, values?: object) => string)(`mirsad:${key}`, values)
  return { language, text }
}

/** Saves the open article's form as a draft, as Payload's «حفظ كمسودة» button does. */
export function useSaveDraft() {
  const { id } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  return useCallback(
    () => submit({ action: `${api}/articles/${id}?locale=${locale}&depth=0&fallback-locale=null&draft=true`, method: 'PATCH', overrides: { _status: 'draft' }, skipValidation: true }),
    [api, id, locale, submit],
  )
}

type Answer = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null

/** One language's part of a bilingual refusal («عربي / English»); the whole message when it is not in two parts. */
export function inLanguage(message: string, language: 'ar' | 'en'): string {
  const parts = message.split(' / ')
  return parts.length === 2 ? parts[language === 'en' ? 1 : 0] : message
}

/** The reasons a refused request gives, whatever shape Payload answered in (field errors or one message). */
export async function refusalReasons(response: Response): Promise<string[]> {
  const body = (await response.clone().json().catch(() => null)) as Answer
  return (body?.errors ?? []).flatMap((entry) => (entry.data?.errors?.length ? entry.data.errors.map((inner) => inner.message ?? '') : [entry.message ?? ''])).filter(Boolean)
}
