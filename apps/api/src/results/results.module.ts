import { Module } from '@nestjs/common';

/** Results: panel and combined ranking, prize allocation, publishing, open data and implementation updates. */
@Module({})
export class ResultsModule {}
