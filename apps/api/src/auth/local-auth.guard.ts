import { ApiError } from '../common/api-error';
import { ExecutionContext, Injectable, ValidationPipe } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { SignInBody } from './dto/auth.requests';
import { LocalStrategy } from './local.strategy';
import { validationExceptionFactory } from '../common/validation-errors';

// The same rules as the global pipe: guards run before pipes, and passport must not see a body
// that the pipe would have refused.
const bodyPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
  exceptionFactory: validationExceptionFactory,
  // The factory reads each failed rule's arguments (a max length, say) from the error's target.
  validationError: { target: true, value: true },
});

/** Checks e-mail and password with the local strategy; sets `request.user` on success. */
@Injectable()
export class LocalAuthGuard extends AuthGuard() {
  constructor(strategy: LocalStrategy) {
    super({ defaultStrategy: strategy.registeredName, session: false });
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    // A form post needs no CORS preflight: any web page could make its visitors' browsers guess.
    const type = req.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (type !== undefined && type !== 'application/json') {
      throw new ApiError('common.unsupported_media_type', 'the body must be application/json');
    }
    await bodyPipe.transform(req.body, { type: 'body', metatype: SignInBody });
    return (await super.canActivate(context)) as boolean;
  }
}
