import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { DemoResults } from './demo-results';
import { SeedService } from './seed.service';

@Module({ imports: [ResultsModule], providers: [SeedService, DemoResults], exports: [SeedService] })
export class SeedModule {}
