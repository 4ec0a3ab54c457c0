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
    await bodyPipe.transform(req.body, { type: 'body', metatype: SignInBody });
    return (await super.canActivate(context)) as boolean;
  }
}
