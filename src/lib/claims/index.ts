export { type ClaimKind, type DetectedClaim, detectClaims } from './detect'
export { type FoundNumber, findNumbers } from './numbers'
