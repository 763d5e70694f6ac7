export { type ClaimKind, type DetectedClaim, detectClaims, detectClaimsInTurns } from './detect'
export { mapInTurns } from './turns'
export { type FoundNumber, findNumbers } from './numbers'
