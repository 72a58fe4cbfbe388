import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { seconds, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { ChallengesModule } from './challenges/challenges.module';
import { CommentsModule } from './comments/comments.module';
import { IdeasModule } from './ideas/ideas.module';
import { ModerationModule } from './moderation/moderation.module';
import { CommonModule } from './common/common.module';
import { ConfigModule } from './config/config.module';
import { EnvDto } from './config/env';
import { dataSourceOptions, DatabaseSettings } from './database/data-source';
import { runMigrationsExclusively } from './database/migrate';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { SeedModule } from './seed/seed.module';
import { StorageModule } from './storage/storage.module';
import { VotesModule } from './votes/votes.module';
import { PairwiseModule } from './pairwise/pairwise.module';
import { PanelModule } from './judging/panel.module';
import { ScoringModule } from './judging/scoring.module';
import { ResultsModule } from './results/results.module';

export type AppOptions = { env: EnvDto; database: DatabaseSettings };

@Module({})
export class AppModule {
  static register({ env, database }: AppOptions): DynamicModule {
    const webDist = resolve(env.WEB_DIST_DIR);
    const serveWeb = env.WEB_DIST_DIR !== '' && existsSync(resolve(webDist, 'index.html'));
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRoot({
          // Express 5 route syntax; the library's default '*' is logged as a legacy pattern.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: env.LOG_LEVEL,
            // The request-id middleware (common/http/request-pipeline.ts) runs first and sets req.id.
            genReqId: (req) => (typeof req.id === 'string' ? req.id : randomUUID()),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            customProps: (req) => ({ requestId: req.id }),
            autoLogging: { ignore: (req) => req.url === '/api/v1/health' },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(database),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options ?? dataSourceOptions(database)).initialize();
            await runMigrationsExclusively(dataSource, database.url);
            return dataSource;
          },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'auth', ttl: seconds(env.AUTH_RATE_WINDOW_SECONDS), limit: env.AUTH_RATE_LIMIT }],
          ...(env.REDIS_URL ? { storage: new ThrottlerStorageRedisService(env.REDIS_URL) } : {}),
        }),
        ...(serveWeb ? [ServeStaticModule.forRoot({ rootPath: webDist, exclude: ['/api/{*path}'] })] : []),
        CommonModule,
        StorageModule,
        HealthModule,
        AccountsModule,
        OrganisationsModule,
        NotificationsModule.forRoot(env),
        SeedModule,
        ChallengesModule,
        IdeasModule,
        CommentsModule,
        ModerationModule,
        VotesModule,
        PairwiseModule,
        PanelModule,
        ScoringModule,
        ResultsModule,
      ],
    };
  }
}
