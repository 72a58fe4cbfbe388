/** What the results feature offers other features; everything else in this folder is its own. */
export { IdeaUpdates } from './idea-updates';
