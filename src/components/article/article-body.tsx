import type { DefaultNodeTypes, SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConverter, type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { Article } from '@/payload-types'
import { articlePath, safeHref } from '@/lib/paths'

type Props = { body: Article['body']; locale: string }

/** The Lexical body rendered to HTML on the server: readers need no JavaScript to read. */
export function ArticleBody({ body, locale }: Props) {
  if (!body) return null

  const hrefOf = (fields: SerializedLinkNode['fields']) => {
    if (fields.linkType !== 'internal') return safeHref(fields.url)
    const doc = fields.doc
    const slug = doc && typeof doc.value === 'object' ? (doc.value as { slug?: unknown }).slug : undefined
    return doc?.relationTo === 'articles' && typeof slug === 'string' ? articlePath(locale, slug) : undefined
  }

  const renderLink: JSXConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({ node, nodesToJSX }) => {
    const newTab = Boolean(node.fields.newTab)
    return (
      <a
        href={hrefOf(node.fields as SerializedLinkNode['fields'])}
        target={newTab ? '_blank' : undefined}
        rel={newTab ? 'noopener noreferrer' : undefined}
      >
        {nodesToJSX({ nodes: node.children })}
      </a>
    )
  }

  const converters: JSXConvertersFunction<DefaultNodeTypes> = ({ defaultConverters }) => ({
    ...defaultConverters,
    link: renderLink,
    autolink: renderLink,
  })

  // The body takes its direction from its own text: an Arabic body reads right to left even on /en.
  return (
    <div dir="auto">
      <RichText data={body} converters={converters} className="article__body" />
    </div>
  )
}
