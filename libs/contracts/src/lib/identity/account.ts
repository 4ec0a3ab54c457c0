// Two-factor sign-in, password reset and the "my sessions" page.

/** The signed-in user's two-factor state (part of `MeDto`). */
export interface TwoFactorStatusDto {
  enabled: boolean;
  /** A membership's clearance (AMBER or higher) requires it. */
  required: boolean;
  /** This session may only enrol: it was started without the required second factor. */
  enrolmentOnly: boolean;
  recoveryCodesLeft: number;
}

/** The answer to a correct password when a second factor is needed. */
export interface TwoFactorChallengeDto {
  twoFactorRequired: true;
  /** Send it back with the code; valid `expiresIn` seconds. */
  challengeToken: string;
  expiresIn: number;
}

export interface TwoFactorVerifyRequest {
  challengeToken: string;
  /** Six digits from the authenticator app… */
  code?: string;
  /** …or one of the single-use recovery codes. */
  recoveryCode?: string;
}

export interface TwoFactorEnrolmentDto {
  /** Base32, for typing into the app by hand. */
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a PNG data URL. */
  qrCodeDataUrl: string;
}

export interface TwoFactorConfirmRequest {
  code: string;
}

/** Shown once, right after enrolment. */
export interface RecoveryCodesDto {
  recoveryCodes: string[];
}

export interface SessionDto {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirmRequest {
  token: string;
  newPassword: string;
}

export const isTwoFactorChallenge = (value: unknown): value is TwoFactorChallengeDto =>
  typeof value === 'object' && value !== null && (value as Partial<TwoFactorChallengeDto>).twoFactorRequired === true;
