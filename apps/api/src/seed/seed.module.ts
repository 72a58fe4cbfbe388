import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { SeedService } from './seed.service';

@Module({ imports: [IdeasModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
