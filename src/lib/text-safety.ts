// Characters that change how text is displayed without being seen: bidi overrides, embeddings and isolates can
// make a headline read differently from what it says (Trojan Source), a zero-width space hides inside a word.
// Zero-width (non-)joiners are kept: Persian and Urdu quotes need them.
const HIDDEN_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u061C\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F]/

export function hasHiddenControls(text: string): boolean {
  return HIDDEN_CONTROLS.test(text)
}
