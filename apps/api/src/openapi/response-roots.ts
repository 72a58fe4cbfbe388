/**
 * The response types the OpenAPI document describes: every type of the shared contract, plus a
 * named alias for each generic instance a route returns (JSON Schema has no generics).
 * tools/contract-schemas.ts turns these types into apps/api/src/openapi/contract-schemas.json.
 */
import type { AuditEntry, ChallengeSummary, IdeaSummary, ModerationItem, Page } from '@challenge/contract';

export type * from '@challenge/contract';

export type ChallengeSummaryPage = Page<ChallengeSummary>;
export type IdeaSummaryPage = Page<IdeaSummary>;
export type ModerationItemPage = Page<ModerationItem>;
export type AuditEntryPage = Page<AuditEntry>;
