import type {
  ForgotPasswordRequest,
  Locale,
  LoginRequest,
  RegisterRequest,
  ResendVerificationRequest,
  ResetPasswordRequest,
  VerifyEmailRequest,
} from '@challenge/contract';
import {
  CurrentPasswordField,
  DisplayNameField,
  EmailField,
  LocaleField,
  NewPasswordField,
  TokenField,
} from './account-fields';

export class RegisterDto implements RegisterRequest {
  @EmailField()
  email!: string;

  @NewPasswordField()
  password!: string;

  @DisplayNameField({ optional: false })
  displayName!: string;

  @LocaleField()
  locale?: Locale;
}

export class VerifyEmailDto implements VerifyEmailRequest {
  @TokenField()
  token!: string;
}

export class EmailOnlyDto implements ResendVerificationRequest, ForgotPasswordRequest {
  @EmailField()
  email!: string;
}

export class LoginDto implements LoginRequest {
  @EmailField()
  email!: string;

  @CurrentPasswordField()
  password!: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @TokenField()
  token!: string;

  @NewPasswordField()
  password!: string;
}
