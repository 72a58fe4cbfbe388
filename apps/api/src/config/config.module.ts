import { DynamicModule, Global, Module } from '@nestjs/common';
import { EnvDto } from './env';

/** Provides the validated EnvDto (inject it by class) everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: EnvDto): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: EnvDto, useValue: env }], exports: [EnvDto] };
  }
}
