import { PublicRoute, SignedIn } from '../common/access/access.decorator';
import { Body, Controller, Headers, HttpCode, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AcceptedResponse, LoginResponse } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { EnvDto } from '../config/env';
import { AuthThrottlerGuard } from './auth-throttler.guard';
import { AuthService } from './auth.service';
import { EmailOnlyDto, LoginDto, RegisterDto, ResetPasswordDto, VerifyEmailDto } from './dto/auth.dto';
import { AcceptedResponseDto, LoginResponseDto } from './dto/responses.dto';
import { clearSessionCookies, setSessionCookies } from './session-cookies';
import { ApiReturns } from '../openapi/api-returns';

const TOO_MANY = { description: 'Too many attempts from this address; wait and try again' };

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly env: EnvDto,
  ) {}

  @Post('register')
  @PublicRoute()
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({ summary: 'Create an account; sends a verification email (same answer if the address is taken)' })
  @ApiCreatedResponse({ type: AcceptedResponseDto })
  @ApiBadRequestResponse({ description: 'A field is missing or not valid, or the password is too weak' })
  @ApiTooManyRequestsResponse(TOO_MANY)
  @ApiReturns(201, 'AcceptedResponse')
  register(@Body() dto: RegisterDto): Promise<AcceptedResponse> {
    return this.auth.register(dto);
  }

  @Post('verify-email')
  @PublicRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Verify an email address with the token from the emailed link' })
  @ApiOkResponse({ type: AcceptedResponseDto })
  @ApiBadRequestResponse({ description: 'The token is unknown, already used or expired' })
  @ApiReturns(200, 'AcceptedResponse')
  verifyEmail(@Body() dto: VerifyEmailDto): Promise<AcceptedResponse> {
    return this.auth.verifyEmail(dto.token);
  }

  @Post('resend-verification')
  @PublicRoute()
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send a new verification link if the address has an unverified account' })
  @ApiAcceptedResponse({ type: AcceptedResponseDto })
  @ApiTooManyRequestsResponse(TOO_MANY)
  @ApiReturns(202, 'AcceptedResponse')
  resendVerification(@Body() dto: EmailOnlyDto): Promise<AcceptedResponse> {
    return this.auth.resendVerification(dto.email);
  }

  @Post('login')
  @PublicRoute()
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in: returns a bearer token and also sets the web session cookies (sid, XSRF-TOKEN)' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Email or password is incorrect' })
  @ApiTooManyRequestsResponse(TOO_MANY)
  @ApiReturns(200, 'LoginResponse')
  async login(
    @Body() dto: LoginDto,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const { token, expiresAtDate, ...response } = await this.auth.login(dto, userAgent ?? null);
    setSessionCookies(res, token, expiresAtDate, this.env.isProduction);
    return response;
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiCookieAuth('sid')
  @ApiOperation({ summary: 'Sign out: ends this session and clears the cookies' })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user.sessionId);
    clearSessionCookies(res, this.env.isProduction);
  }

  @Post('forgot-password')
  @PublicRoute()
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Email a password reset link if the address has an account' })
  @ApiAcceptedResponse({ type: AcceptedResponseDto })
  @ApiTooManyRequestsResponse(TOO_MANY)
  @ApiReturns(202, 'AcceptedResponse')
  forgotPassword(@Body() dto: EmailOnlyDto): Promise<AcceptedResponse> {
    return this.auth.forgotPassword(dto);
  }

  @Post('reset-password')
  @PublicRoute()
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Choose a new password with the emailed token; signs out every session' })
  @ApiOkResponse({ type: AcceptedResponseDto })
  @ApiBadRequestResponse({ description: 'The token is unknown, used or expired, or the password is too weak' })
  @ApiTooManyRequestsResponse(TOO_MANY)
  @ApiReturns(200, 'AcceptedResponse')
  resetPassword(@Body() dto: ResetPasswordDto): Promise<AcceptedResponse> {
    return this.auth.resetPassword(dto);
  }
}
