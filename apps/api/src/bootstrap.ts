import { INestApplication, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, AppOptions } from './app.module';
import { createValidationPipe } from './common/errors/validation';
import {
  bodyErrors,
  jsonBody,
  limitBodyShape,
  refuseMalformedText,
  refuseNul,
  requestId,
} from './common/http/request-pipeline';
import { trustProxySetting } from './config/env';
import { finishOpenApi } from './openapi/finish-document';

export const API_PREFIX = 'api';

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Council Challenges API')
    .setDescription('Open-innovation challenges for UK councils: ideas, votes, judging and published results.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return finishOpenApi(SwaggerModule.createDocument(app, config));
}

/** Applies everything main.ts and the tests share: prefix, versioning, security headers, pipes, docs. */
export function configureApp(app: INestApplication): INestApplication {
  app.setGlobalPrefix(API_PREFIX, { exclude: [] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApi(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs/json`,
  });
  return app;
}

export async function createApp(options: AppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxySetting(options.env.TRUST_PROXY));
  app.use(requestId, jsonBody, bodyErrors, limitBodyShape, refuseMalformedText, refuseNul);
  return configureApp(app);
}
