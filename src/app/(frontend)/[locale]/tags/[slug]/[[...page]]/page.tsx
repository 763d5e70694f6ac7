import { termRoute } from '@/components/listing/term-route'

// From Next's cache; publishing revalidates the pages an article is listed on (src/data/revalidate.ts).
export const revalidate = 60
export const generateStaticParams = () => []

const route = termRoute('tags')

export const generateMetadata = route.generateMetadata
export default route.TermPage
