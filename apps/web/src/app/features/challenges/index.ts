/** What the challenges feature offers other features; everything else in this folder is its own. */
export { OpenChallenges } from './open-challenges';
