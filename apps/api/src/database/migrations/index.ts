import { InitialSchema1764180000000 } from './1764180000000-initial-schema';

/** Every migration in order; listed explicitly because the API is bundled. */
export const MIGRATIONS = [InitialSchema1764180000000];
