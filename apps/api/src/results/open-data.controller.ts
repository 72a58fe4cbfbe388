import { Access } from '../common/access/access.decorator';
import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { OpenDataExport } from '@challenge/contract';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { OptionalUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { openDataCsv } from './open-data-csv';
import { OGL_URL } from './results-snapshot';
import { ResultsService } from './results.service';
import { ApiReturns } from '../openapi/api-returns';

const OPEN_DATA =
  'Open data under the Open Government Licence v3.0: ideas, vote counts, pairwise scores, anonymised judge scores ("judge 1"…) and results, enough to recompute the ranking; public once the results are published, the hosting councils’ admins before';

function download(res: Response, data: OpenDataExport, extension: 'json' | 'csv'): void {
  res.setHeader('Content-Disposition', `attachment; filename="${data.challenge.slug}-results.${extension}"`);
  res.setHeader('Link', `<${OGL_URL}>; rel="license"`);
  if (data.challenge.resultsPublishedAt === null) res.setHeader('Cache-Control', 'no-store');
}

@ApiTags('results')
@ApiBearerAuth()
@Controller('challenges/:id')
export class OpenDataController {
  constructor(private readonly results: ResultsService) {}

  @Get('export.json')
  @Access('results.read', 'id', { anonymous: true })
  @ApiOperation({ summary: `${OPEN_DATA} (JSON)` })
  @ApiOkResponse({ description: 'OpenDataExport, as an attachment' })
  @ApiNotFoundResponse({ description: 'No such challenge, or no published results (for anyone but its admins)' })
  @ApiConflictResponse({ description: 'Judging has not started, so there are no results to export yet' })
  @ApiReturns(200, 'OpenDataExport')
  async json(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'challenge') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OpenDataExport> {
    const { data } = await this.results.openData(user, id);
    download(res, data, 'json');
    return data;
  }

  @Get('export.csv')
  @Access('results.read', 'id', { anonymous: true })
  @ApiProduces('text/csv')
  @ApiOperation({ summary: `${OPEN_DATA} (CSV: one row per idea)` })
  @ApiOkResponse({
    description: 'The CSV table, as an attachment',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ description: 'No such challenge, or no published results (for anyone but its admins)' })
  @ApiConflictResponse({ description: 'Judging has not started, so there are no results to export yet' })
  async csv(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'challenge') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { data, ranking, awards } = await this.results.openData(user, id);
    download(res, data, 'csv');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    return openDataCsv(data, ranking, awards);
  }
}
