import type { ImageView } from '@/data/views'

type Props = { image: ImageView; sizes: string; priority?: boolean; creditLabel?: string; className?: string }

export function FigureImage({ image, sizes, priority = false, creditLabel, className }: Props) {
  const caption = [image.caption, image.credit && creditLabel ? `${creditLabel} ${image.credit}` : image.credit]
    .filter(Boolean)
    .join(' — ')
  return (
    <figure className={className}>
      {/* Payload already made sized WebP copies; a plain img with srcset serves them with no client code. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={image.url}
        srcSet={image.srcSet}
        sizes={sizes}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
      />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}
