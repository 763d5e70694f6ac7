import type { Piece } from '@/lib/arabic/normalize'

/** Text with the parts that matched a search marked. */
export function Highlighted({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </>
  )
}
