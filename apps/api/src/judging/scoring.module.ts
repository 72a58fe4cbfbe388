import { Module } from '@nestjs/common';

/** Judging work: balanced assignments, blind scoring, submission, reopening and progress. */
@Module({})
export class ScoringModule {}
