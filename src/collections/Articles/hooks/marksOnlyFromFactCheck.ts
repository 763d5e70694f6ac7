import type { FieldHook } from 'payload'

import { hasRole } from '@/access/roles'
import { sameWords } from '@/lib/lexical'

import { invalid } from '@/collections/errors'

/**
 * Fact-checkers reach the body only to mark and unmark claims: any other change to the words from
 * someone who is not a writer, editor or admin is refused, whatever path it comes by.
 */
export const marksOnlyFromFactCheck: FieldHook = ({ value, previousValue, req, operation }) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'writer', 'editor', 'admin')) return value
  if (value === undefined || sameWords(previousValue, value)) return value
  invalid(
    req,
    'body',
    'يعلّم المدقق الادعاءات في النص ولا يغيّر كلماته: أعد النص كما كان، أو اطلب التعديل من الكاتب',
    'fact-checkers mark claims in the text but do not change its words: restore the text, or ask the writer for the change',
  )
}
