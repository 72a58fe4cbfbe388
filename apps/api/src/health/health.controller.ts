import { ApiReturns } from '../openapi/api-returns';
import { PublicRoute } from '../common/access/access.decorator';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@challenge/contract';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/errors/database-unavailable';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Liveness and database readiness: 200 when the database answers, 503 when it does not. */
  @Get()
  @PublicRoute()
  @ApiOperation({ summary: 'Liveness and database readiness' })
  @ApiOkResponse({ description: 'The API is up and the database answers' })
  @ApiServiceUnavailableResponse({ description: 'The API is up but the database does not answer' })
  @ApiReturns([200, 503], 'HealthResponse')
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
