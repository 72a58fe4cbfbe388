import { Module } from '@nestjs/common';

/** Pairwise voting: serving signed pairs, recording answers, Bradley–Terry scores. */
@Module({})
export class PairwiseModule {}
