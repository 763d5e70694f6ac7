// Characters that change how text is displayed without being seen: bidi overrides, embeddings and isolates can
// make a headline read differently from what it says (Trojan Source), a zero-width space hides inside a word.
// Zero-width (non-)joiners are kept: Persian and Urdu quotes need them. The list is the character table's.

import { HIDDEN_CONTROLS } from './arabic/chars'

export function hasHiddenControls(text: string): boolean {
  return HIDDEN_CONTROLS.test(text)
}
