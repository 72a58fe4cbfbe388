import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@challenge/contract';
import { Public } from '../common/auth/decorators';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/errors/database-unavailable';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Liveness and database readiness: 200 when the database answers, 503 when it does not. */
  @Public()
  @Get()
  @ApiOkResponse({ description: 'The API is up and the database answers' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    if (database === 'down') res.status(503).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      version: process.env['npm_package_version'] ?? '0.0.0',
    };
  }
}
