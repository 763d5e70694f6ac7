import { SaveStatus as SaveStatus_522dd0e4093052786171ca116f5f64e7 } from '@/components/admin/save-status'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { ReadOnlyWithDocumentFeatureClient as ReadOnlyWithDocumentFeatureClient_05bbaeccb97b03857d0184e491e1af55 } from '@/editor/read-only/feature.client'
import { ClaimMarkFeatureClient as ClaimMarkFeatureClient_f8e32bed3f07b15bceab9d047f926ed6 } from '@/editor/claim-mark/feature.client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ClaimDetector as ClaimDetector_29db718543dc98072349bad5332d6dab } from '@/components/admin/claim-detector'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { WorkflowActions as WorkflowActions_358db7fd75f4836d8593f912776c3331 } from '@/components/admin/workflow-actions'
import { StageHistory as StageHistory_9a97fc2dbbee80ca8dc25bc17d29407d } from '@/components/admin/stage-history'
import { RecheckFlag as RecheckFlag_834a6cd09817b060b316239393252fac } from '@/components/admin/recheck-flag'
import { CurrentPassword as CurrentPassword_613e84a65be86120252eebbddb54ac08 } from '@/components/admin/current-password'
import { MirsadIcon as MirsadIcon_cdfe6c2d0b3ffa975fd8de5bee82c7d1 } from '@/components/admin/mirsad-mark'
import { MirsadLogo as MirsadLogo_cdfe6c2d0b3ffa975fd8de5bee82c7d1 } from '@/components/admin/mirsad-mark'
import { QueueHeaderLink as QueueHeaderLink_d0e86cc5de7fe18d8878fb33b28190a4 } from '@/components/admin/queue-nav-link'
import { DeskCounts as DeskCounts_1a4f32b67924180e0ec162d735d56b29 } from '@/components/admin/desk-counts'
import { QueueNavLink as QueueNavLink_d0e86cc5de7fe18d8878fb33b28190a4 } from '@/components/admin/queue-nav-link'
import { EditorLabels as EditorLabels_36c54669681c60220cef2fb263e718ab } from '@/components/admin/editor-labels'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { QueueView as QueueView_03b8fd872cbe982edf8111c257f3a5a0 } from '@/components/admin/queue-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/save-status#SaveStatus": SaveStatus_522dd0e4093052786171ca116f5f64e7,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@/editor/read-only/feature.client#ReadOnlyWithDocumentFeatureClient": ReadOnlyWithDocumentFeatureClient_05bbaeccb97b03857d0184e491e1af55,
  "@/editor/claim-mark/feature.client#ClaimMarkFeatureClient": ClaimMarkFeatureClient_f8e32bed3f07b15bceab9d047f926ed6,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/claim-detector#ClaimDetector": ClaimDetector_29db718543dc98072349bad5332d6dab,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@/components/admin/workflow-actions#WorkflowActions": WorkflowActions_358db7fd75f4836d8593f912776c3331,
  "@/components/admin/stage-history#StageHistory": StageHistory_9a97fc2dbbee80ca8dc25bc17d29407d,
  "@/components/admin/recheck-flag#RecheckFlag": RecheckFlag_834a6cd09817b060b316239393252fac,
  "@/components/admin/current-password#CurrentPassword": CurrentPassword_613e84a65be86120252eebbddb54ac08,
  "@/components/admin/mirsad-mark#MirsadIcon": MirsadIcon_cdfe6c2d0b3ffa975fd8de5bee82c7d1,
  "@/components/admin/mirsad-mark#MirsadLogo": MirsadLogo_cdfe6c2d0b3ffa975fd8de5bee82c7d1,
  "@/components/admin/queue-nav-link#QueueHeaderLink": QueueHeaderLink_d0e86cc5de7fe18d8878fb33b28190a4,
  "@/components/admin/desk-counts#DeskCounts": DeskCounts_1a4f32b67924180e0ec162d735d56b29,
  "@/components/admin/queue-nav-link#QueueNavLink": QueueNavLink_d0e86cc5de7fe18d8878fb33b28190a4,
  "@/components/admin/editor-labels#EditorLabels": EditorLabels_36c54669681c60220cef2fb263e718ab,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/queue-view#QueueView": QueueView_03b8fd872cbe982edf8111c257f3a5a0,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
