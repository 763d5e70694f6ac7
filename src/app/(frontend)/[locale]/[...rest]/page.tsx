import type { Metadata } from 'next'

import { AnswersMissing } from '@/components/layout/missing-page'
import type { Locale } from '@/i18n/locales'
import { missingPageMetadata } from '@/lib/seo/missing-page'

// Rendered like the other reader pages (Next's cache, no build-time render) so that the 404 reaches readers
// server-rendered: a dynamic render streams, and its status would already be 200 when notFound() throws.
export const revalidate = 3600
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return missingPageMetadata((await params).locale)
}

// Any path the site does not know gets the localised 404 page.
export default async function UnknownPage({ params }: Props) {
  return <AnswersMissing locale={(await params).locale} />
}
