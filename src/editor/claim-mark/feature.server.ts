import { createNode, createServerFeature } from '@payloadcms/richtext-lexical'
import { MarkNode } from '@payloadcms/richtext-lexical/lexical/mark'

/**
 * Claim marks in the article body: Lexical's `mark` node, whose `ids` hold the claim records the marked
 * passage stands for. The client half colours each mark by its claim's verdict and lets the fact-check
 * desk flag a selection as a new claim; readers get a verdict badge there (src/components/article).
 */
export const ClaimMarkFeature = createServerFeature({
  key: 'claimMark',
  feature: {
    ClientFeature: '@/editor/claim-mark/feature.client#ClaimMarkFeatureClient',
    nodes: [createNode({ node: MarkNode })],
  },
})
