/** What the voting feature offers other features; everything else in this folder is its own. */
export { VoteAllowance } from './vote-allowance';
export { VoteControl } from './vote-control';
export { scorePercent, votingErrorKey } from './voting-rules';
export { VotingControls, VotingSettingsFields } from './voting-settings-fields';
export {
  emptyVotingValue,
  frozenSettings,
  votingBody,
  votingFieldId,
  votingValueOf,
  withoutFrozen,
} from './voting-settings-model';
export type { VotingFormValue } from './voting-settings-model';
