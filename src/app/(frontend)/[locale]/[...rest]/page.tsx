import { notFound } from 'next/navigation'

// Any path the site does not know gets the localised 404 page.
export default function UnknownPage() {
  notFound()
}
